"""The corpus's documents: invented shops (no real company, person or address is meant), their texts and the
values an import must find in them (None where the document does not say it)."""

from __future__ import annotations

ALL_KEYS = ("seller.name", "seller.org_number", "seller.address", "seller.postcode", "seller.city", "seller.email",
            "product.description", "product.price", "product.currency", "product.order_number",
            "product.purchased", "product.delivered", "product.bought_online", "total")


def expected(**values: object) -> dict[str, object]:
    return {key: values.get(key.replace(".", "_")) for key in ALL_KEYS}


SE_ORDER = """Hej Anna,

Tack för din beställning hos Vitvaruhuset i Norrland. Här är din orderbekräftelse.

Ordernummer: VN-204518
Orderdatum: 2026-02-12

Artikel                                      Antal        Pris
Diskmaskin Bosch Serie 4 SMV4HCX48E           1 st    6 495,00 kr
Avkalkningsmedel 250 ml                       1 st       99,00 kr
Frakt hemleverans                                       149,00 kr
Rabatt VINTER10                                        -649,50 kr
Totalt att betala                                     6 093,50 kr
Varav moms (25 %)                                     1 218,70 kr

Leveranssätt: Hemleverans med PostNord
Beräknad leverans: 2026-02-17

Leveransadress:
Anna Svensson
Björkvägen 3
903 31 Umeå

Frågor? Kontakta kundservice@vitvaruhuset.se

Vitvaruhuset i Norrland AB · Storgatan 12 · 903 26 Umeå · Org.nr 556677-8899
"""
SE_EXPECTED = expected(
    seller_name="Vitvaruhuset i Norrland AB", seller_org_number="556677-8899", seller_address="Storgatan 12",
    seller_postcode="903 26", seller_city="Umeå", seller_email="kundservice@vitvaruhuset.se",
    product_description="Diskmaskin Bosch Serie 4 SMV4HCX48E", product_price="6495.00", product_currency="SEK",
    product_order_number="VN-204518", product_purchased="2026-02-12", product_bought_online=True, total="6093.50")

SE_RECEIPT = """HEMELEKTRONIK KALMAR AB
Storgatan 5
392 32 Kalmar
Org.nr 556123-4567
Tel 0480-12 34 56

KVITTO
Datum: 2026-01-08  14:32
Kassa 2   Kvittonr 88213

Vattenkokare Wilfa Classic      1 st     549,00
Kaffefilter 100-pack            1 st      29,90
SUMMA                                   578,90
Varav moms 25%                          115,78
Kort (Visa)                             578,90

Öppet köp 30 dagar. Spara kvittot.
"""
SE_RECEIPT_EXPECTED = expected(
    seller_name="HEMELEKTRONIK KALMAR AB", seller_org_number="556123-4567", seller_address="Storgatan 5",
    seller_postcode="392 32", seller_city="Kalmar", product_description="Vattenkokare Wilfa Classic",
    product_price="549.00", product_currency="SEK", product_order_number="88213", product_purchased="2026-01-08",
    product_bought_online=False, total="578.90")

NO_ORDER = """Ordrebekreftelse

Hei Kari, takk for bestillingen i nettbutikken vår.

Ordrenummer: 100234
Ordredato: 3. mars 2026

Vare                                    Antall     Pris
Kaffemaskin Moccamaster KBG Select         1       kr 3 299,00
Melkeskummer Aerolatte                     1       kr 249,00
Frakt                                              kr 99,00
Totalt å betale                                    kr 3 647,00
Herav mva                                          kr 729,40

Leveringsmåte: Hjemlevering

Leveringsadresse:
Kari Nordmann
Fjellveien 2
7020 Trondheim

Kjøkkenkroken Trøndelag AS
Olav Tryggvasons gate 24
7011 Trondheim
Org.nr. 912 345 661 MVA
kundeservice@kjokkenkroken.no
"""
NO_EXPECTED = expected(
    seller_name="Kjøkkenkroken Trøndelag AS", seller_org_number="912 345 661",
    seller_address="Olav Tryggvasons gate 24", seller_postcode="7011", seller_city="Trondheim",
    seller_email="kundeservice@kjokkenkroken.no", product_description="Kaffemaskin Moccamaster KBG Select",
    product_price="3299.00", product_currency="NOK", product_order_number="100234", product_purchased="2026-03-03",
    product_bought_online=True, total="3647.00")

NO_INVOICE_PAGES = ("""Elektro Nord-Norge AS
Storgata 88
9008 Tromsø
Org.nr 987 654 325 MVA
post@elektronordnorge.no

FAKTURA

Fakturanummer: 240117
Fakturadato: 20.01.2026
Ordrenr: 55102
Levert: 22.01.2026
Forfallsdato: 03.02.2026




Kunde:
Ola Hansen
Skippergata 3
9008 Tromsø
""", """Side 2

Beskrivelse                                  Antall      Beløp
Vaskemaskin Samsung WW90T534DAW               1 stk     8 990,00
Installasjon og tilkobling                    1 stk       990,00
Sum eks. mva                                            7 984,00
Mva 25 %                                                1 996,00
Å betale                                                9 980,00

Betales til konto 1234.56.78903 innen forfallsdato.
""")
NO_INVOICE_EXPECTED = expected(
    seller_name="Elektro Nord-Norge AS", seller_org_number="987 654 325", seller_address="Storgata 88",
    seller_postcode="9008", seller_city="Tromsø", seller_email="post@elektronordnorge.no",
    product_description="Vaskemaskin Samsung WW90T534DAW", product_price="8990.00", product_currency="NOK",
    product_order_number="55102", product_purchased="2026-01-20", product_delivered="2026-01-22",
    total="9980.00")

DK_ORDER = """Kære Mads Jensen

Tak for din ordre hos Cykelsmeden Fyn.

Ordrenummer: 7781
Ordredato: 14-02-2026

Varenr.    Beskrivelse                          Antal         Pris
10442      Elcykel Kildemoes Logic 2.0            1     14.999,00 kr.
20931      Cykelhjelm Abus Hyban                  1        549,00 kr.
           Fragt                                             0,00 kr.
           I alt                                        15.548,00 kr.
           Heraf moms                                    3.109,60 kr.

Leveringsmetode: Afhentning i butikken
Afhentet den 20-02-2026

Cykelsmeden Fyn ApS
Vestergade 41
5000 Odense C
CVR-nr. 31748321
Tlf. 66 12 34 56 · butik@cykelsmeden.dk
"""
DK_EXPECTED = expected(
    seller_name="Cykelsmeden Fyn ApS", seller_org_number="31748321", seller_address="Vestergade 41",
    seller_postcode="5000", seller_city="Odense C", seller_email="butik@cykelsmeden.dk",
    product_description="Elcykel Kildemoes Logic 2.0", product_price="14999.00", product_currency="DKK",
    product_order_number="7781", product_purchased="2026-02-14", product_delivered="2026-02-20",
    product_bought_online=True, total="15548.00")

DK_WEB = """Ordrebekræftelse
Tak for din bestilling.
Ordre nr. 2026-00871
Dato: 5. januar 2026
Produkt: Støvsuger Nilfisk Select
Pris: 2.299,00 kr.
Levering: 49,00 kr.
Total: 2.348,00 kr.
Boligudstyr Aarhus A/S, Søndergade 8, 8000 Aarhus C, CVR 29156700, kontakt@boligudstyr.dk
"""
DK_WEB_EXPECTED = expected(
    seller_name="Boligudstyr Aarhus A/S", seller_org_number="29156700", seller_address="Søndergade 8",
    seller_postcode="8000", seller_city="Aarhus C", seller_email="kontakt@boligudstyr.dk",
    product_description="Støvsuger Nilfisk Select", product_price="2299.00", product_currency="DKK",
    product_order_number="2026-00871", product_purchased="2026-01-05", product_bought_online=True,
    total="2348.00")

FI_ORDER = """Kiitos tilauksestasi!

Tilausnumero: 5512093
Tilauspäivä: 10.2.2026

Tuote                              Määrä      Hinta
Pesukone Electrolux EW6F348W       1 kpl    599,00 €
Toimitus                                     19,90 €
Yhteensä                                    618,90 €
Sisältää ALV 25,5 %                         123,13 €

Toimitustapa: Kotiinkuljetus

Kodinkone Pohjola Oy
Teollisuuskatu 7
90130 Oulu
Y-tunnus 2345678-0
asiakaspalvelu@kodinkonepohjola.fi
"""
FI_EXPECTED = expected(
    seller_name="Kodinkone Pohjola Oy", seller_org_number="2345678-0", seller_address="Teollisuuskatu 7",
    seller_postcode="90130", seller_city="Oulu", seller_email="asiakaspalvelu@kodinkonepohjola.fi",
    product_description="Pesukone Electrolux EW6F348W", product_price="599.00", product_currency="EUR",
    product_order_number="5512093", product_purchased="2026-02-10", product_bought_online=True, total="618.90")

FI_INVOICE = """Urheiluaitta Lappi Oy
Rovakatu 15
96200 Rovaniemi
Y-tunnus: 1572860-0

LASKU
Laskun päivämäärä: 15.1.2026
Tilausnumero: 88-4410
Toimitettu: 17.1.2026

Tuote                                   Määrä          Hinta
Maastopyörä Tunturi eMax 500            1 kpl     1 249,00 €
Pyöräilykypärä Lazer                    1 kpl        79,90 €
Toimituskulut                                         0,00 €
Yhteensä                                          1 328,90 €
ALV 25,5 %                                          270,23 €

Kiitos ostoksestasi verkkokaupassamme.
"""
FI_INVOICE_EXPECTED = expected(
    seller_name="Urheiluaitta Lappi Oy", seller_org_number="1572860-0", seller_address="Rovakatu 15",
    seller_postcode="96200", seller_city="Rovaniemi", product_description="Maastopyörä Tunturi eMax 500",
    product_price="1249.00", product_currency="EUR", product_order_number="88-4410",
    product_purchased="2026-01-15", product_delivered="2026-01-17", product_bought_online=True,
    total="1328.90")

IS_ORDER = """Pöntunarstaðfesting

Takk fyrir pöntunina.

Pöntunarnúmer: 30455
Dagsetning: 2. mars 2026

Vara                                  Magn          Verð
Sjónvarp Samsung 55" QLED              1     149.990 kr.
Veggfesting                            1      12.990 kr.
Sending                                        2.500 kr.
Samtals                                      165.480 kr.
Þar af VSK (24%)                              32.028 kr.

Raftækjasalan ehf.
Síðumúli 21
108 Reykjavík
Kt. 540206-0079
netfang: sala@raftaekjasalan.is
"""
IS_EXPECTED = expected(
    seller_name="Raftækjasalan ehf.", seller_org_number="540206-0079", seller_address="Síðumúli 21",
    seller_postcode="108", seller_city="Reykjavík", seller_email="sala@raftaekjasalan.is",
    product_description='Sjónvarp Samsung 55" QLED', product_price="149990.00", product_currency="ISK",
    product_order_number="30455", product_purchased="2026-03-02", product_bought_online=True, total="165480.00")

IS_RECEIPT = """Útivistarbúðin ehf.
Laugavegur 26
101 Reykjavík
Kt. 601298-0079

Kvittun
Dags.: 12.01.2026
Afgreitt af: Jón

Göngutjald Vango Banshee 200       1 stk.     54.990 kr.
Svefnpoki Ajungilak                1 stk.     24.990 kr.
Samtals                                       79.980 kr.
VSK 24%                                       15.480 kr.
Greitt með korti                              79.980 kr.
"""
IS_RECEIPT_EXPECTED = expected(
    seller_name="Útivistarbúðin ehf.", seller_org_number="601298-0079", seller_address="Laugavegur 26",
    seller_postcode="101", seller_city="Reykjavík", product_description="Göngutjald Vango Banshee 200",
    product_price="54990.00", product_currency="ISK", product_purchased="2026-01-12",
    product_bought_online=False, total="79980.00")

EN_ORDER = """Hello Erik,

Thank you for shopping online with Nordic Gadget Supply.

Order number: NGS-48213
Order date: 19 January 2026

Item                                            Qty       Price
Noise-cancelling headphones Sony WH-1000XM5      1    SEK 3,990.00
USB-C charging cable 2 m                         2    SEK 149.00    SEK 298.00
Shipping                                              SEK 0.00
Discount (WELCOME)                                   -SEK 200.00
Total                                                 SEK 4,088.00
VAT included (25%)                                    SEK 817.60

Estimated delivery: 22 January 2026

Nordic Gadget Supply AB | Hamngatan 4 | 411 14 Göteborg | Company reg. no 559012-3450 | VAT no SE559012345001
Customer service: help@nordicgadget.se
"""
EN_EXPECTED = expected(
    seller_name="Nordic Gadget Supply AB", seller_org_number="559012-3450", seller_address="Hamngatan 4",
    seller_postcode="411 14", seller_city="Göteborg", seller_email="help@nordicgadget.se",
    product_description="Noise-cancelling headphones Sony WH-1000XM5", product_price="3990.00",
    product_currency="SEK", product_order_number="NGS-48213", product_purchased="2026-01-19",
    product_bought_online=True, total="4088.00")

EN_INVOICE_PAGES = ("""Fjord Outdoor Gear AS
Bryggen 12
5003 Bergen
Organisation number: 913 456 785 MVA
orders@fjordoutdoor.no

INVOICE
Order number: FOG-2207
Order date: 2 February 2026
Delivered: 5 February 2026




Bill to:
Sofie Berg
Nygårdsgaten 1
5015 Bergen
""", """Page 2

Item                                        Qty        Amount
Hiking boots Fjordstep GTX, size 42          1    NOK 2,499.00
Wool socks, 2-pack                           1      NOK 199.00
Shipping                                            NOK 79.00
Total                                           NOK 2,777.00
VAT (25%) included                                NOK 555.40
""")
EN_INVOICE_EXPECTED = expected(
    seller_name="Fjord Outdoor Gear AS", seller_org_number="913 456 785", seller_address="Bryggen 12",
    seller_postcode="5003", seller_city="Bergen", seller_email="orders@fjordoutdoor.no",
    product_description="Hiking boots Fjordstep GTX, size 42", product_price="2499.00", product_currency="NOK",
    product_order_number="FOG-2207", product_purchased="2026-02-02", product_delivered="2026-02-05",
    total="2777.00")
