#!/usr/bin/env python3
"""Writes the seed corpora under fuzz/corpus/NAME/ from the project's test data.

Sources: the shared samples (../shared/samples), the Mustache spec (../shared/spec/mustache),
resources/ (catalog, templates, rule files), the checks' test corpus (tests/checks/corpus) and
the string literals of the unit tests that feed each parser. Each seed is named after a hash of
its bytes, so running this again only adds what is new. Small files only (at most 16 KiB each).

    python3 fuzz/seed_corpus.py
"""
import glob
import hashlib
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
RS, US = b"\x1e", b"\x1f"  # the part separators the multi-part targets read
MAX_SEED = 16 * 1024


def add(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > MAX_SEED:
        return
    folder = os.path.join(HERE, "corpus", name)
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, hashlib.sha1(data).hexdigest()[:16])
    with open(path, "wb") as out:
        out.write(data)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def cpp_literals(path):
    """The string literals of a C++ file, adjacent ones joined, escapes decoded (best effort)."""
    text = read(path).decode("utf-8")
    token = re.compile(r'R"([^(\s]*)\((.*?)\)\1"|"((?:[^"\\\n]|\\.)*)"', re.S)
    literals, current, last_end = [], None, None
    for m in token.finditer(text):
        if m.group(2) is not None:
            value = m.group(2).encode("utf-8")
        else:
            value = decode_escapes(m.group(3))
        between = text[last_end:m.start()] if last_end is not None else None
        if current is not None and between is not None and between.strip() == "":
            current += value
        else:
            if current is not None:
                literals.append(current)
            current = value
        last_end = m.end()
    if current is not None:
        literals.append(current)
    return literals


def decode_escapes(body):
    out = bytearray()
    i = 0
    simple = {"n": 10, "r": 13, "t": 9, "0": 0, "\\": 92, '"': 34, "'": 39, "a": 7, "b": 8, "f": 12, "v": 11, "?": 63}
    while i < len(body):
        c = body[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        n = body[i + 1] if i + 1 < len(body) else ""
        if n == "x":
            m = re.match(r"[0-9a-fA-F]{1,2}", body[i + 2:])
            out.append(int(m.group(0), 16) if m else 0)
            i += 2 + (len(m.group(0)) if m else 0)
        elif n == "u":
            out += chr(int(body[i + 2:i + 6], 16)).encode("utf-8", "surrogatepass")
            i += 6
        elif n in "01234567" and re.match(r"[0-7]{1,3}", body[i + 1:]):
            m = re.match(r"[0-7]{1,3}", body[i + 1:])
            out.append(int(m.group(0), 8) & 0xFF)
            i += 1 + len(m.group(0))
        else:
            out.append(simple.get(n, ord(n) if n else 92))
            i += 2
    return bytes(out)


def tests(*paths):
    found = []
    for pattern in paths:
        for path in sorted(glob.glob(os.path.join(ROOT, "tests", pattern))):
            found += cpp_literals(path)
    return found


def catalogs():
    files = sorted(glob.glob(os.path.join(SHARED, "samples", "*.csv")))
    files += [os.path.join(ROOT, "resources", "catalog", "sample_products.json")]
    return [(os.path.basename(p), read(p)) for p in files]


def csv_seeds():
    gb = read(os.path.join(ROOT, "tests", "catalog", "fixtures", "tea_gb18030.csv"))
    for name, data in catalogs():
        if name.endswith(".csv"):
            for options in (0x00, 0x18, 0x7A, 0xF8):  # UTF-8: detected / ',' in several block sizes
                add("csv_reader", bytes([options]) + data[:4096])
    for options in (0x01, 0x19, 0x81):  # GB18030
        add("csv_reader", bytes([options]) + gb)
    for literal in tests("catalog/csv_reader_test.cpp", "catalog/text_decoder_test.cpp", "catalog/generic_rows_test.cpp"):
        if b"," in literal or b";" in literal or b"\t" in literal:
            add("csv_reader", bytes([0x10]) + literal)
    add("csv_reader", b"\x02" + b'sku;title;"quoted ""x"" ; field"\r\nA-1;T;"multi\nline"\r\n')
    add("csv_reader", b"\x06" + b"sku\ttitle\tprice\nA\tB\t1\n\n\nC\tD\t2")
    add("csv_reader", b"\x00" + b"\xef\xbb\xbfsku,title\n\xe8\xb4\xa7,\xe5\x8f\xb7\n")


def catalog_seeds():
    gb = read(os.path.join(ROOT, "tests", "catalog", "fixtures", "tea_gb18030.csv"))
    for name, data in catalogs():
        add("catalog_source", b"\x00" + data[:8192])
        add("catalog_source", b"\x13" + data[:8192])  # generic with an edited mapping
    add("catalog_source", b"\x08" + gb)
    for literal in tests("catalog/catalog_importer_test.cpp", "catalog/catalog_preview_test.cpp",
                         "catalog/generic_rows_test.cpp", "catalog/column_mapping_test.cpp"):
        if b"\n" in literal and (b"," in literal or literal.lstrip().startswith((b"[", b"{"))):
            add("catalog_source", b"\x00" + literal)


def json_catalog_seeds():
    add("json_catalog", b"\x02" + read(os.path.join(ROOT, "resources", "catalog", "sample_products.json")))
    for literal in tests("catalog/*.cpp", "export/import_round_trip_test.cpp"):
        if literal.lstrip().startswith((b"[", b"{")):
            add("json_catalog", b"\x02" + literal)
            add("json_catalog", b"\x01" + literal)
    add("json_catalog", b'\x02{"products":[{"sku":"A","variants":[{"sku":"A-1","options":{"Size":"M"}}],"tags":"a, b"}]}')
    add("json_catalog", b'\x03[{"id":"A","name":"N","labels":["x",1,null],"categories":["c"],"internal":1}]')


def mustache_seeds():
    for path in sorted(glob.glob(os.path.join(SHARED, "spec", "mustache", "*.json"))):
        spec = json.load(open(path, encoding="utf-8"))
        for test in spec.get("tests", []):
            data = test.get("data")
            if not isinstance(data, (dict, list, str, int, float, bool)) and data is not None:
                continue
            if isinstance(data, dict) and any(isinstance(v, dict) and "__tag__" in v for v in data.values()):
                continue  # lambdas: code, not data
            parts = [test["template"].encode("utf-8"), json.dumps(data, ensure_ascii=False).encode("utf-8")]
            for name, text in test.get("partials", {}).items():
                parts.append(name.encode("utf-8") + US + text.encode("utf-8"))
            add("mustache", b"\x05" + RS.join(parts))
    for path in sorted(glob.glob(os.path.join(ROOT, "resources", "templates", "*.json"))):
        template = json.load(open(path, encoding="utf-8"))
        for part in ("system", "user"):
            text = template.get(part, "")
            text = "\n".join(text) if isinstance(text, list) else text
            add("mustache", b"\x06" + text.encode("utf-8"))


def template_file_seeds():
    for path in sorted(glob.glob(os.path.join(ROOT, "resources", "templates", "*.json")))[:8]:
        add("template_file", b"\x00" + read(path))
    for literal in tests("templates/template_file_test.cpp"):
        if b"{" in literal:
            add("template_file", (b"\x00" if literal.lstrip().startswith(b"{") else b"\x01") + literal)


def sse_seeds():
    for literal in tests("llm/sse_parser_test.cpp", "llm/protocol_test.cpp", "llm/client_test.cpp"):
        if b"data:" in literal or b"event:" in literal:
            add("sse_parser", b"\x00" + literal)
            add("sse_parser", b"\x03" + literal)


def llm_seeds():
    for literal in tests("llm/protocol_test.cpp", "llm/client_test.cpp", "server/chat_routes.cpp"):
        stripped = literal.lstrip()
        if b"data:" in literal:
            anthropic = b"content_block" in literal or b"message_start" in literal or b"error" in literal
            target = "anthropic_events" if anthropic else "openai_chunk"
            add(target, b"\x01" + literal)
            for data in re.findall(rb"^data: ?(.*)$", literal, re.M):  # each event's data on its own
                add(target, (b"\x00" if target == "openai_chunk" else b"\x06") + data)
        elif stripped.startswith(b"{"):
            if b"content_block" in literal or b"message_" in literal or b"input_tokens" in literal:
                for options in (0x00, 0x02, 0x04, 0x06, 0x08, 0x0a, 0x0c):
                    add("anthropic_events", bytes([options]) + literal)
            else:
                add("openai_chunk", b"\x00" + literal)
    stream = (b"data: {\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}\n\n"
              b"data: {\"choices\":[{\"delta\":{\"reasoning_content\":\"hm\"},\"finish_reason\":\"stop\"}],"
              b"\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1.0}}\r\n\r\ndata: [DONE]\n\n")
    add("openai_chunk", b"\x01" + stream)
    add("anthropic_events", b"\x01" + b"event: message_start\ndata: {\"type\":\"message_start\",\"message\":"
        b"{\"model\":\"claude\",\"usage\":{\"input_tokens\":5}}}\n\nevent: content_block_delta\ndata: "
        b"{\"type\":\"content_block_delta\",\"delta\":{\"type\":\"text_delta\",\"text\":\"Hi\"}}\n\n"
        b"event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},"
        b"\"usage\":{\"output_tokens\":2}}\n\nevent: message_stop\ndata: {\"type\":\"message_stop\"}\n\n")


def html_seeds():
    literals = tests("export/html_test.cpp", "export/exporter_test.cpp", "export/round_trip_test.cpp",
                     "checks/html_safety_rule_test.cpp")
    for literal in literals:
        if b"<" in literal or b"&" in literal:
            add("html_sanitizer", literal)
            add("html_to_text", literal)
    for name, data in catalogs():
        for m in re.finditer(rb"<p>.*?</p>", data):
            add("html_sanitizer", m.group(0))
            add("html_to_text", m.group(0))


def rule_seeds():
    for path in sorted(glob.glob(os.path.join(ROOT, "resources", "checks", "*.toml"))):
        add("rule_file", read(path))
    for literal in tests("checks/*.cpp"):
        if b"[set]" in literal or b"[[rule]]" in literal:
            add("rule_file", literal)
        if b"[[brand]]" in literal:
            add("glossary", literal)
    add("glossary", read(os.path.join(ROOT, "resources", "checks", "glossary.toml")))
    add("glossary", '[set]\nid = "glossary"\n\n[[brand]]\nname = ""\nbanned = ["cheap", "便宜"]\n'
        'preferred = [["wifi", "Wi-Fi"]]\n\n[[brand]]\nname = "West Lake \\"Tea\\" Co."\nrequired = ["Longjing"]\n')


def check_text_seeds():
    with open(os.path.join(ROOT, "resources", "checks", "channel-limits.toml"), "rb") as f:
        channels = [c["id"] for c in tomllib.load(f).get("channel", [])]
    fields = {"description": 0, "title": 1, "bullets": 2, "search_terms": 3}
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "checks", "corpus", "*.json"))):
        for item in json.load(open(path, encoding="utf-8")).get("items", []):
            options = fields.get(item.get("field"), 0)
            options |= 4 if item.get("html") else 0
            channel = item.get("channel", "")
            if channel in channels and channels.index(channel) < 15:
                options |= (channels.index(channel) + 1) << 4
            parts = [item["text"].encode("utf-8")]
            product = item.get("product")
            if product:
                parts.append(product.get("description", product.get("title", "")).encode("utf-8"))
                parts.append(json.dumps(product.get("attributes", {}), ensure_ascii=False).encode("utf-8"))
                if item.get("keywords"):
                    parts.append(",".join(item["keywords"]).encode("utf-8"))
            else:
                options |= 8
            add("check_text", bytes([options]) + RS.join(parts))


def grounding_seeds():
    for literal in tests("checks/grounding_test.cpp", "checks/grounding_cli_test.cpp"):
        if b"claims" in literal or b"quote" in literal:
            add("grounding_reply", literal)
    add("grounding_reply", '<think>hm</think>\n```json\n{"claims":[{"quote":"certified organic","reason":"not in '
        'the facts"},"1.7 升"]}\n```'.encode("utf-8") + RS + "It is certified\norganic. 容量 1.7 升".encode("utf-8"))


def questions_file_seeds():
    sample = read(os.path.join(ROOT, "resources", "questions", "sample_questions.csv"))
    add("questions_file", b"\x00" + sample)
    add("questions_file", b"\x01" + sample.decode("utf-8").encode("gb18030"))
    for literal in tests("questions/question_import_test.cpp"):
        if literal.lower().startswith((b"sku", b"question", b"product")) and b"\n" in literal:
            add("questions_file", b"\x00" + literal)
    add("questions_file", b"\x00" + "\ufeffSKU;Question;Source;Date\r\nA-1;\"Two lines,\r\nand \"\"quotes\"\"?\";faq;2024年3月7日\r\n"
        "A-1; Is it big? ;;2024/3/7 10:00\r\n;no sku;;\r\nA-2;;;\r\nA-2;When?;;2024-02-30\r\n".encode("utf-8"))
    add("questions_file", b"\x00" + b"date\tsku\tquestion\textra\n2024-03\tA-1\tWhat size?\tx\n\n\tB\tC\n")


def main():
    csv_seeds()
    catalog_seeds()
    json_catalog_seeds()
    mustache_seeds()
    template_file_seeds()
    sse_seeds()
    llm_seeds()
    html_seeds()
    rule_seeds()
    check_text_seeds()
    grounding_seeds()
    questions_file_seeds()
    for folder in sorted(glob.glob(os.path.join(HERE, "corpus", "*"))):
        files = os.listdir(folder)
        size = sum(os.path.getsize(os.path.join(folder, f)) for f in files)
        print(f"{os.path.basename(folder)}: {len(files)} seeds, {size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
