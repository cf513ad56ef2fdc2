"""Structured logs carry the request id."""

from __future__ import annotations

import json
import logging

from heliograph.observability import JsonFormatter, RequestIdFilter, request_id_var


def test_json_log_line_has_the_request_id() -> None:
    record = logging.LogRecord("heliograph.test", logging.INFO, __file__, 1, "hello %s", ("world",), None)
    token = request_id_var.set("req-42")
    try:
        RequestIdFilter().filter(record)
    finally:
        request_id_var.reset(token)
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "hello world"
    assert line["request_id"] == "req-42"
    assert line["level"] == "INFO" and line["logger"] == "heliograph.test"
