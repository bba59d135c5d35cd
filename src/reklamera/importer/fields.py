"""From a document's lines to an :class:`ImportResult`: a value only where a labelled line or a strong pattern
(a legal form, a check digit, a postcode beside a city) supports it. A missing value is far better than a wrong
one: the user fills it in, whereas a wrong value might go unnoticed into a letter."""

from __future__ import annotations

import datetime as dt
import re

from reklamera.countries import COUNTRIES, DEFAULT_CURRENCY, DEFAULT_LANGUAGE
from reklamera.importer import orgnr
from reklamera.importer.document import Document, Mail
from reklamera.importer.items import order, price_found
from reklamera.importer.result import Found, ImportResult, source_text
from reklamera.inputs import parse_date

_FORM = (r"(?:AB(?: \(publ\))?|Aktiebolag|Handelsbolag|HB|KB|AS|ASA|A/S|ApS|I/S|IVS|P/S|Oy|Oyj|Ab|Ky|ehf\.?|hf\.?"
         r"|slf\.?|Ltd\.?|Limited|GmbH|Inc\.?)")
_SELLER_LABEL = (r"(?:säljare|seller|selger|sælger|myyjä|seljandi|butik|butikk|shop|store|företag|company|firma|"
                 r"yritys|fyrirtæki|avsändare|från|from|fra|frá|lähettäjä|verslun)\s*:\s*")
_NAME = re.compile(rf"^(?P<label>{_SELLER_LABEL})?(?P<name>[^\W_][\w&.'’\- ]{{1,70}}?\s{_FORM})"
                   r"(?=$|[\s,·|•(<])", re.IGNORECASE)
# Companies that appear in order e-mails without being the seller: payment, delivery, banks.
_NOT_SELLER = re.compile(r"klarna|postnord|posten|bring|dhl|budbee|instabee|schenker|svea|resurs|qliro|walley|"
                         r"vipps|mobilepay|nets|posti|matkahuolto|paypal|bank|airmee|\bgls\b|\bups\b|\bdao\b|"
                         r"collector|pósturinn|íslandspóstur|nordea|danske|handelsbanken|swedbank", re.IGNORECASE)
_POSTCODE = {
    "SE": r"(?:SE-?\s?)?(?P<code>\d{3}\s?\d{2})", "NO": r"(?:NO-?\s?|N-)?(?P<code>\d{4})",
    "DK": r"(?:DK-?\s?)?(?P<code>\d{4})", "FI": r"(?:FI-?\s?)?(?P<code>\d{5})", "IS": r"(?:IS-?\s?)?(?P<code>\d{3})",
}
_CITY = r"\s+(?P<city>[^\W\d_][^\W\d_ .\-]*(?:[ \-][^\W\d_]+){0,3})"
_STREET = re.compile(r"^(?:(?:adress|address|osoite|heimilisfang|adresse|besöksadress|postadress)\s*:\s*)?"
                     r"(?P<street>(?:[^\W\d_][\w.'’\-]*\s){1,5}\d{1,4}(?:\s?[A-Za-z](?![^\W\d_]))?"
                     r"(?:\s\d{1,3}(?:\.\s?(?:sal|tv|th|mf))?)?|(?:box|postboks|pl|pósthólf|p\.?o\.? box)\s\d{1,6})$",
                     re.IGNORECASE)
_SEGMENTS = re.compile(r"\s*[·|•,;\t]\s*|\s{3,}")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}", re.IGNORECASE)
_NO_REPLY = re.compile(r"^(?:no-?reply|do-?not-?reply|noreply|ei-vastaa|ikke-svar|svara-ej)", re.IGNORECASE)
_SERVICE_MAIL = re.compile(r"kundservice|kundtjänst|customer service|support|kundeservice|asiakaspalvelu|"
                           r"þjónustuver|e-post|e-mail|email|sähköposti|netfang|kontakt|contact", re.IGNORECASE)
_OTHER_PARTY = re.compile(r"leveransadress|leveringsadresse|toimitusosoite|afhendingar|delivery address|"
                          r"shipping address|ship to|bill to|faktureringsadress|fakturaadresse|laskutusosoite|"
                          r"billing|(?<![^\W\d_])(?:kund|kunde|customer|asiakas|viðskiptavinur|mottagare|mottaker|"
                          r"modtager|vastaanottaja|viðtakandi|recipient)\s*:", re.IGNORECASE)
_ORDER = re.compile(
    r"(?<![^\W\d_])(?:order\s?(?:nummer|nr|no|number|id|#)|ordernr|ordrenummer|ordrenr|ordre\s?(?:nr|nummer)|"
    r"bestillings?(?:nummer|nr)|tilaus(?:numero|nro)|tilauksen numero|tilaus\s?nro|pöntunarnúmer|pöntun(?:\s?nr)?|"
    r"kvitto(?:nummer|nr)|kvittering(?:snummer|snr)|receipt\s?(?:no|number|#)|kuitti(?:numero|nro)|order|ordre|"
    r"tilaus)\.?\s*(?:nr\.?|no\.?)?\s*[:#]?\s*(?P<value>[A-Z0-9][A-Z0-9\-/]{2,29})(?![\w\-/])", re.IGNORECASE)
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{1,2}/\d{1,2}/\d{4}|"
                   r"\d{1,2}\.?\s(?:de\s)?[^\W\d_]{3,12}\.?,?\s\d{4}|[^\W\d_]{3,12}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}")
_ORDER_DATE = re.compile(
    r"order\s?-?dat(?:um|e|o)|beställningsdatum|köpdatum|inköpsdatum|kvittodatum|datum för köp|"
    r"date of (?:order|purchase)|purchase date|ordered|ordredato|bestillingsdato|kjøpsdato|købsdato|"
    r"tilaus(?:päivä(?:määrä)?|pvm)|ostopäivä(?:määrä)?|pöntunardag(?:ur|setning)?|kaupdagur|dagsetning pöntunar|"
    r"beställd|bestilt|tilattu|pantað",
    re.IGNORECASE,
)
_INVOICE_DATE = re.compile(
    r"fakturadat(?:um|o)|invoice date|laskun päivämäärä|laskupäivä|reikningsdagur", re.IGNORECASE
)
_GENERIC_DATE = re.compile(r"^(?:datum|dato|date|päivämäärä|pvm|dagsetning|dags\.?)\s*:", re.IGNORECASE)
_DELIVERED = re.compile(
    r"levererad|leveransdatum|utlämnad|utlevererad|hämtad|levert|leveringsdato|utlevert|leveret|udleveret|"
    r"toimitettu|toimituspäivä(?:määrä)?|luovutettu|afhent|afhendingardag(?:ur)?|delivered|delivery date|"
    r"date of delivery|handed over|collected",
    re.IGNORECASE,
)
_NOT_A_FACT = re.compile(
    r"beräknad|preliminär|planerad|förväntad|cirka|\bca\.?|senast|estimated|expected|approx|"
    r"forventet|beregnet|anslået|forventes|arvioitu|arvio|odotettu|áætl|viðmið|förfallo|due|"
    r"forfald|forfall|eräpäivä|gjalddag",
    re.IGNORECASE,
)
_ONLINE = re.compile(
    r"webbshop|webshop|webbutik|nätbutik|e-handel|netthandel|nettbutikk|netbutik|"
    r"verkkokaup|vefverslun|online|orderbekräftelse|ordrebekreftelse|ordrebekræftelse|tilausvahvistus|"
    r"pöntunarstaðfesting|order confirmation|leveranssätt|leveringsmetode|leveringsmåte|"
    r"toimitustapa|shipping method|delivery method|sendingarmáti|afhendingarmáti",
    re.IGNORECASE,
)
_IN_STORE = re.compile(
    r"kassa\b|kassör|kasserer|kassekvittering|kassakvitto|kasse\s?nr|myymälä|kassi\b|cashier|"
    r"till no|afgreiðsla|afgreitt af|betjent av|betjenet af",
    re.IGNORECASE,
)


def guess_country(lines: list[str], mail: Mail | None) -> str:
    """The country the document's seller is in, from the numbers, money and words it uses (SE when unclear)."""
    score = dict.fromkeys(COUNTRIES, 0)
    text = "\n".join(lines[:2000])
    for line in lines[:2000]:
        for number in orgnr.find(line):
            score[number.country] += 6 if number.labelled else 3
    for country, pattern in (
        ("SE", r"\bSEK\b|\bmoms\b|:-"),
        ("NO", r"\bNOK\b|\bmva\b|\bMVA\b"),
        ("DK", r"\bDKK\b|\bmoms\b|\bkr\.\s"),
        ("FI", r"€|\bEUR\b|\balv\b|\bALV\b"),
        ("IS", r"\bISK\b|\bVSK\b|\bvsk\b|\bkr\.\s"),
    ):
        score[country] += min(3, len(re.findall(pattern, text)))
    if mail and (domain := mail.sender_address.rpartition(".")[2].upper()) in score:
        score[domain] += 2
    best = max(COUNTRIES, key=lambda country: score[country])
    return best if score[best] > 0 else "SE"


def _date_in(line: str, country: str, today: dt.date) -> dt.date | None:
    language = DEFAULT_LANGUAGE[country]
    for match in _DATE.finditer(line):
        parsed = parse_date(match.group(), language, today, str)
        if parsed.value is not None and parsed.value <= today:
            return parsed.value
    return None


def extract(document: Document, country: str | None = None, today: dt.date | None = None) -> ImportResult:
    """Every field the document supports, each with its source line and a confidence."""
    today = today or dt.date.today()
    lines = document.lines()
    mail = document.mail
    country = country or guess_country(lines, mail)
    result = ImportResult(document.name, country, warnings=list(document.warnings))
    fields = result.fields
    _seller(lines, mail, country, fields)
    _order_number(lines, mail, fields)
    _dates(lines, mail, country, today, fields)
    sold = order(lines, country)
    if sold.main is not None:
        fields["product.description"] = Found(sold.main.description, sold.main.source, sold.main_confidence)
        if price := price_found(sold.main, sold.main_confidence):
            fields["product.price"] = price
    result.other_items = sold.others
    if sold.total:
        fields["total"] = sold.total
    if sold.currency:
        fields["product.currency"] = sold.currency
    elif "product.price" in fields and country != "FI":
        fields["product.currency"] = Found(DEFAULT_CURRENCY[country], fields["product.price"].source, 0.6)
    text = "\n".join(lines)
    if match := _ONLINE.search(text):
        fields["product.bought_online"] = Found(True, source_text(_line_of(lines, match.group())), 0.85)
    elif mail is not None and "product.order_number" in fields:
        fields["product.bought_online"] = Found(True, fields["product.order_number"].source, 0.7)
    elif match := _IN_STORE.search(text):
        fields["product.bought_online"] = Found(False, source_text(_line_of(lines, match.group())), 0.75)
    return result


def _line_of(lines: list[str], fragment: str) -> str:
    return next((line for line in lines if fragment in line), fragment)


def _seller(lines: list[str], mail: Mail | None, country: str, fields: dict[str, Found]) -> None:
    numbers: list[tuple[int, orgnr.OrgNumber]] = []
    for index, line in enumerate(lines):
        numbers.extend((index, number) for number in orgnr.find(line))
    mine = [entry for entry in numbers if entry[1].country == country] or numbers
    anchor = None
    if mine:
        index, number = next((entry for entry in mine if entry[1].labelled), mine[0])
        fields["seller.org_number"] = Found(number.value, source_text(lines[index]), 0.97 if number.labelled else 0.85)
        anchor = index
    names: list[tuple[int, str, bool]] = []
    for index, line in enumerate(lines):
        for segment in [line, *_SEGMENTS.split(line)]:
            match = _NAME.match(segment.strip())
            if match and not _NOT_SELLER.search(match["name"]) and not _OTHER_PARTY.search(segment):
                names.append((index, " ".join(match["name"].split()), bool(match["label"])))
                break
    if names:
        if anchor is not None:
            near = anchor
            index, name, _labelled = min(names, key=lambda entry: (abs(entry[0] - near), entry[0]))
            confidence = 0.95 if abs(index - near) <= 3 else 0.75
        else:
            index, name, labelled = next((entry for entry in names if entry[2]), names[0])
            confidence = 0.85 if labelled else 0.7
        fields["seller.name"] = Found(name, source_text(lines[index]), confidence)
        anchor = index if anchor is None or abs(index - anchor) > 3 else anchor
    if anchor is not None:
        _address(lines, anchor, country, fields)
    _email(lines, mail, anchor, fields)


def _block(lines: list[str], anchor: int) -> list[int]:
    """The lines of the seller's paragraph around its name or number (at most four either side), the anchor
    first, then the lines after it, then those before; a blank line or another party's address ends it."""
    after = []
    for index in range(anchor + 1, min(len(lines), anchor + 5)):
        if not lines[index] or _OTHER_PARTY.search(lines[index]):
            break
        after.append(index)
    before = []
    for index in range(anchor - 1, max(-1, anchor - 5), -1):
        if not lines[index] or _OTHER_PARTY.search(lines[index]):
            break
        before.append(index)
    return [anchor, *after, *before]


def _address(lines: list[str], anchor: int, country: str, fields: dict[str, Found]) -> None:
    postcode = re.compile(_POSTCODE[country] + _CITY + r"$")
    block = _block(lines, anchor)
    for index in block:
        segments = [segment.strip() for segment in _SEGMENTS.split(lines[index]) if segment.strip()]
        for position, segment in enumerate(segments):
            match = postcode.fullmatch(segment)
            if not match:
                continue
            code = match["code"].replace(" ", "")
            code = f"{code[:3]} {code[3:]}" if country == "SE" else code
            fields["seller.postcode"] = Found(code, source_text(lines[index]), 0.9)
            fields["seller.city"] = Found(match["city"], source_text(lines[index]), 0.9)
            street_line, street = index, segments[position - 1] if position else ""
            if not position and index - 1 in block:
                street_line = index - 1
                street = ([part.strip() for part in _SEGMENTS.split(lines[index - 1]) if part.strip()] or [""])[-1]
            if found := _STREET.match(street):
                fields["seller.address"] = Found(
                    " ".join(found["street"].split()), source_text(lines[street_line]), 0.85
                )
            return


def _email(lines: list[str], mail: Mail | None, anchor: int | None, fields: dict[str, Found]) -> None:
    theirs = {address.casefold() for address in (mail.recipients if mail else ())}
    if mail and mail.forwarded_by:
        theirs.add(mail.forwarded_by.casefold())

    def usable(address: str) -> bool:
        return address.casefold() not in theirs and not _NO_REPLY.match(address)

    for index in _block(lines, anchor) if anchor is not None else ():
        for address in _EMAIL.findall(lines[index]):
            if usable(address):
                fields["seller.email"] = Found(address, source_text(lines[index]), 0.9)
                return
    for line in lines:
        if _SERVICE_MAIL.search(line) and not _OTHER_PARTY.search(line):
            for address in _EMAIL.findall(line):
                if usable(address):
                    fields["seller.email"] = Found(address, source_text(line), 0.85)
                    return
    if mail and mail.sender_address and usable(mail.sender_address) and "@" in mail.sender_address:
        sender = f"From: {mail.sender_name} <{mail.sender_address}>" if mail.sender_name else mail.sender_address
        fields["seller.email"] = Found(mail.sender_address, source_text(sender), 0.6)


def _order_number(lines: list[str], mail: Mail | None, fields: dict[str, Found]) -> None:
    for line in lines:
        for match in _ORDER.finditer(line):
            value = match["value"]
            if re.search(r"\d", value) and not _DATE.fullmatch(value) and not re.fullmatch(r"\d{1,2}", value):
                confidence = 0.95 if re.search(r"nummer|nr|no|number|numero|#|:", match.group(), re.I) else 0.8
                fields["product.order_number"] = Found(value, source_text(line), confidence)
                return


def _dates(lines: list[str], mail: Mail | None, country: str, today: dt.date, fields: dict[str, Found]) -> None:
    purchased: tuple[float, dt.date, str] | None = None
    for line in lines:
        if _NOT_A_FACT.search(line):
            continue
        value = _date_in(line, country, today)
        if value is None:
            continue
        if _DELIVERED.search(line) and "product.delivered" not in fields:
            fields["product.delivered"] = Found(value, source_text(line), 0.85)
            continue
        for pattern, confidence in ((_ORDER_DATE, 0.95), (_GENERIC_DATE, 0.8), (_INVOICE_DATE, 0.75)):
            if pattern.search(line) and (purchased is None or confidence > purchased[0]):
                purchased = (confidence, value, line)
    if purchased is None and mail and mail.date_line:
        value = mail.date or _date_in(mail.date_line, country, today)
        if value is not None and value <= today:
            purchased = (0.6, value, mail.date_line)
    if purchased:
        fields["product.purchased"] = Found(purchased[1], source_text(purchased[2]), purchased[0])
