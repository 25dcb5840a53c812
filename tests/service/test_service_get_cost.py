"""Per-request work of the GET routes that the load benchmark (scripts/bench_service.py) showed to matter.

Timings belong to the benchmark; these tests pin the work itself, so that it cannot creep back.
"""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar, Timezone

from service import exports

RECORD = {
    "document": {"number": "12/KH-UBND"},
    "event": {"name": "Tuần lễ hưởng ứng học tập suốt đời", "start_date": "2023-10-02", "end_date": "2023-10-08",
              "opening_ceremony": {"date": "2023-10-02", "time": "14:00", "venue": "Hội trường"}},
    "reporting": [],
}


def test_the_calendar_derives_its_time_zone_once_not_per_request(monkeypatch: pytest.MonkeyPatch):
    # icalendar derives a VTIMEZONE from the tz database in ~60 ms of CPU: it was most of every calendar GET
    real = Timezone.from_tzinfo
    derived = []

    def counting(cls, tzinfo, *args, **kwargs):
        derived.append(tzinfo)
        return real(tzinfo, *args, **kwargs)

    monkeypatch.setattr(Timezone, "from_tzinfo", classmethod(counting))
    cache = getattr(exports, "_vtimezone", None)
    if cache is not None:
        cache.cache_clear()
    stamp = dt.datetime(2023, 10, 1, tzinfo=dt.UTC)
    bodies = [exports.calendar_ics(f"doc{n}", RECORD, stamp) for n in range(3)]
    assert len(derived) <= 1
    for body in bodies:
        zones = Calendar.from_ical(body).walk("VTIMEZONE")
        assert [str(z["tzid"]) for z in zones] == ["Asia/Ho_Chi_Minh"]
