"""A minimal Outlook .msg writer for the test corpus (extract-msg's OleWriter writes the compound file): the
message class, subject, sender, transport headers (with the date), plain body and PDF attachments."""

from __future__ import annotations

import datetime as dt
import email.utils
import struct


def _text(value: str) -> bytes:
    return value.encode("utf-16-le")


def _properties(entries: list[tuple[int, int, bytes]], header: bytes) -> bytes:
    out = bytearray(header)
    for tag, flags, value in entries:
        out += struct.pack("<II", tag, flags) + value.ljust(8, b"\0")
    return bytes(out)


def write_msg(path: str, *, subject: str, sender_name: str, sender: str, to: str, date: str, body: str,
              attachments: tuple[tuple[str, bytes], ...] = ()) -> None:
    from extract_msg import OleWriter

    writer = OleWriter()
    headers = f"From: {sender_name} <{sender}>\r\nTo: {to}\r\nSubject: {subject}\r\nDate: {date}\r\n\r\n"
    strings = {0x001A: "IPM.Note", 0x0037: subject, 0x0C1A: sender_name, 0x0C1F: sender, 0x0E04: to,
               0x1000: body, 0x007D: headers, 0x0042: sender_name, 0x0065: sender}
    entries = []
    for prop, value in strings.items():
        data = _text(value)
        writer.addEntry(f"__substg1.0_{prop:04X}001F", data)
        entries.append(((prop << 16) | 0x001F, 6, struct.pack("<I", len(data) + 2)))
    sent = email.utils.parsedate_to_datetime(date)
    filetime = int((sent - dt.datetime(1601, 1, 1, tzinfo=dt.UTC)).total_seconds() * 10_000_000)
    for prop in (0x0039, 0x0E06):  # client submit time, delivery time
        entries.append(((prop << 16) | 0x0040, 6, struct.pack("<Q", filetime)))
    writer.addEntry("__nameid_version1.0", storage=True)
    for stream in ("00020102", "00030102", "00040102"):
        writer.addEntry(f"__nameid_version1.0/__substg1.0_{stream}", b"")
    for index, (filename, data) in enumerate(attachments):
        folder = f"__attach_version1.0_#{index:08X}"
        writer.addEntry(folder, storage=True)
        writer.addEntry(f"{folder}/__substg1.0_37010102", data)
        writer.addEntry(f"{folder}/__substg1.0_3707001F", _text(filename))
        writer.addEntry(f"{folder}/__substg1.0_3704001F", _text(filename[:12]))
        attach = [(0x37010102, 6, struct.pack("<I", len(data))), (0x37050003, 6, struct.pack("<I", 1)),
                  (0x3707001F, 6, struct.pack("<I", len(_text(filename)) + 2)),
                  (0x0E210003, 6, struct.pack("<I", index))]
        writer.addEntry(f"{folder}/__properties_version1.0", _properties(attach, b"\0" * 8))
    header = b"\0" * 8 + struct.pack("<IIII", 0, len(attachments), 0, len(attachments)) + b"\0" * 8
    writer.addEntry("__properties_version1.0", _properties(entries, header))
    writer.write(path)
