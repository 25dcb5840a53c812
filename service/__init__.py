"""docintel HTTP service: upload API, background processing, storage, corrections and exports.

Start it with ``make run`` (``python -m service``); build an app in code with
:func:`service.app.create_app`. Modules: ``settings`` (environment), ``db``/``models``/``migrations``
(SQLAlchemy + Alembic), ``storage`` (files by content hash), ``sniff`` (upload checks by content), ``queue``
and ``runner`` (background processing), ``processing`` (the job processor), ``records`` and ``documents``
(domain operations), ``exports`` (iCalendar, CSV), ``errors``/``codes`` (problem+json), ``auth``,
``schemas`` and ``api`` (routes), ``app`` (factory).
"""
