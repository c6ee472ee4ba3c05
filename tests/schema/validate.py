#!/usr/bin/python3
"""Validates JSON or YAML documents against a JSON Schema with Debian's python3-jsonschema.

The draft comes from the schema's $schema (draft-07 for docs/schema/, 2020-12 for the
official SARIF 2.1.0 schema). Formats are asserted, not just annotated: uuid by jsonschema
itself, uri and uri-reference through python3-rfc3987, date-time (RFC 3339, with a time zone)
here, since Debian ships no module jsonschema would use for it. A schema using a format no
checker knows is an error, so a format never silently goes unchecked. No $ref may leave the
schema (no network). YAML is read as YAML 1.2 (core schema), duplicate keys rejected, as
seams' own loader does.
  validate.py SCHEMA [--invalid] FILE...
--invalid: every FILE must be rejected (the schema's near-misses).
Prints one line per file; exits 1 when any file does not match expectations.
"""
import datetime
import json
import os
import re
import sys

import jsonschema
import rfc3987
import yaml
from jsonschema import FormatChecker, RefResolver
from jsonschema.validators import validator_for

checker = FormatChecker()


@checker.checks("uri", raises=ValueError)
def is_uri(instance):
    return not isinstance(instance, str) or bool(rfc3987.parse(instance, rule="URI"))


@checker.checks("uri-reference", raises=ValueError)
def is_uri_reference(instance):
    return not isinstance(instance, str) or bool(rfc3987.parse(instance, rule="URI_reference"))


_DATE_TIME = re.compile(r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(\.\d+)?"
                        r"([Zz]|([+-])(\d\d):(\d\d))")


@checker.checks("date-time")
def is_date_time(instance):
    """RFC 3339 date-time: a valid date, a time zone (Z or +hh:mm), a leap second only at
    23:59:60 UTC. As ajv-formats checks it, except that ajv also took +hhmm and +hh."""
    if not isinstance(instance, str):
        return True
    m = _DATE_TIME.fullmatch(instance)
    if not m:
        return False
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    tz_hour = int(m.group(10) or 0)
    tz_minute = int(m.group(11) or 0)
    if hour > 23 or minute > 59 or tz_hour > 23 or tz_minute > 59 or second > 60:
        return False
    if second < 60:
        return True
    sign = -1 if m.group(9) == "+" else 1  # local time -> UTC
    utc = (hour * 60 + minute + sign * (tz_hour * 60 + tz_minute)) % (24 * 60)
    return utc == 23 * 60 + 59


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2 core-schema scalars (no yes/no/on/off booleans,
    no sexagesimal numbers or timestamps) and duplicate keys rejected."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers
            if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:int",
                           "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _tag, _rx, _first in [
        ("tag:yaml.org,2002:bool", r"true|True|TRUE|false|False|FALSE", "tTfF"),
        ("tag:yaml.org,2002:int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+", "-+0123456789"),
        ("tag:yaml.org,2002:float",
         r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)"
         r"|\.(nan|NaN|NAN)", "-+.0123456789")]:
    Yaml12Loader.add_implicit_resolver(_tag, re.compile(f"^(?:{_rx})$"), list(_first))


def _int(loader, node):
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    return int(text, 16) if text.startswith("0x") else int(text)


def _float(loader, node):
    text = loader.construct_scalar(node).lower()
    return float(text.replace(".inf", "inf").replace(".nan", "nan"))


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _int)
Yaml12Loader.add_constructor("tag:yaml.org,2002:float", _float)


def json_keys(node):
    """A YAML mapping as JSON sees it: every key a string (`2023:` is the name "2023", as
    JavaScript's object keys and seams' own loader read it)."""
    if isinstance(node, dict):
        def key(k):
            if isinstance(k, bool):
                return "true" if k else "false"
            if k is None:
                return "null"
            return str(k)
        return {key(k): json_keys(v) for k, v in node.items()}
    if isinstance(node, list):
        return [json_keys(v) for v in node]
    return node


def load(path):
    with open(path, encoding="utf-8") as f:
        if re.search(r"\.ya?ml$", path):
            return json_keys(yaml.load(f, Loader=Yaml12Loader))
        return json.load(f)


def formats_used(node):
    if isinstance(node, dict):
        if isinstance(node.get("format"), str):
            yield node["format"]
        for v in node.values():
            yield from formats_used(v)
    elif isinstance(node, list):
        for v in node:
            yield from formats_used(v)


def offline(uri):
    raise jsonschema.RefResolutionError(f"refusing to fetch {uri}: schemas must be local")


def main(argv):
    schema_path, rest = (argv[0], argv[1:]) if argv else (None, [])
    expect_invalid = rest[:1] == ["--invalid"]
    files = rest[1:] if expect_invalid else rest
    if not schema_path or not files:
        print("usage: validate.py SCHEMA [--invalid] FILE...", file=sys.stderr)
        return 2

    schema = load(schema_path)
    cls = validator_for(schema)
    cls.check_schema(schema)
    unknown = sorted(set(formats_used(schema)) - set(checker.checkers))
    if unknown:
        print(f"error: {schema_path} uses formats no checker knows: {', '.join(unknown)}")
        return 1
    resolver = RefResolver.from_schema(schema, handlers={"http": offline, "https": offline})
    validator = cls(schema, resolver=resolver, format_checker=checker)

    failed = 0
    for path in files:
        try:
            errors = sorted(validator.iter_errors(load(path)), key=lambda e: list(e.path))
        except (ValueError, yaml.YAMLError) as e:
            # A document that does not parse (a tab in YAML indentation) is invalid too.
            if expect_invalid:
                print(f"ok: {path} (does not parse, as a near-miss may not)")
                continue
            failed += 1
            print(f"FAILED: {path}: does not parse: {e}")
            continue
        except OSError as e:
            failed += 1
            print(f"FAILED: {path}: cannot read it: {e}")
            continue
        if (not errors) == (not expect_invalid):
            print(f"ok: {path}{' (rejected, as it should be)' if expect_invalid else ''}")
            continue
        failed += 1
        if expect_invalid:
            print(f"FAILED: {path}: accepted by {schema_path}, expected a rejection")
        else:
            print(f"FAILED: {path} against {schema_path}:")
            for e in errors[:10]:
                print(f"  /{'/'.join(str(p) for p in e.path)}: {e.message}")
    print(f"{os.path.basename(schema_path)}: {len(files) - failed} of {len(files)} as expected")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
