"""The pipeline's entry points beyond extraction itself."""

from extractor import warm_up
from extractor.ingest.spelling import lexicon


def test_warm_up_loads_the_word_list_a_split_word_text_layer_needs():
    lexicon.cache_clear()
    warm_up()
    assert lexicon.cache_info().currsize == 1
