#!/usr/bin/env python3
"""After `cmake --build --preset release --target alexnet_ui_lupdate`: carries translations of
strings that moved to another class (lupdate marks the old entry vanished and the new one
unfinished) over by their source text, drops vanished entries, and lists what is still untranslated.
Usage: scripts/update_translations.py [resources/translations/alexnet_lab_zh_CN.ts]"""
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "resources/translations/alexnet_lab_zh_CN.ts"
tree = ET.parse(path)
known = {}
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation.get("type") in (None, "vanished", "obsolete") and translation.text:
        known.setdefault(message.find("source").text, translation.text)
moved, left = 0, []
for context in tree.getroot():
    for message in list(context.findall("message")):
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            context.remove(message)
        elif translation.get("type") == "unfinished":
            source = message.find("source").text
            if source in known:
                translation.text = known[source]
                del translation.attrib["type"]
                moved += 1
            else:
                left.append((context.find("name").text, source))
tree.write(path, encoding="utf-8", xml_declaration=True)
text = open(path, encoding="utf-8").read()
text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
open(path, "w", encoding="utf-8").write(text)
print(f"{moved} translations carried over; {len(left)} still untranslated")
for context, source in left:
    print(f"  {context}: {source!r}")
sys.exit(1 if left else 0)
