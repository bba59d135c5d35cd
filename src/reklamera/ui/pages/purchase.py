"""Purchase: what was bought, where and from whom, when (contract and delivery), the price, long-life goods."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

    from reklamera.errors import InputError
    from reklamera.inputs import Parsed

from reklamera.case import LONG
from reklamera.countries import DEFAULT_CURRENCY
from reklamera.i18n import N_
from reklamera.session import Step
from reklamera.ui.pages.base import BasePage, hint_label, new_form
from reklamera.vocabulary import GOODS_KIND_WORDS, GoodsKind

LONG_LIFE_COUNTRIES = ("NO", "IS")
LONG_LIFE_SUGGESTION = N_("Goods of this kind are usually meant to last much longer than two years. If that is true of "
                          "yours, tick the box above: the final limit is then five years.")


class PurchasePage(BasePage):
    NAME = "purchase"
    TITLE = N_("The purchase")

    def build(self) -> None:
        from PySide6.QtWidgets import (
            QButtonGroup,
            QCheckBox,
            QComboBox,
            QHBoxLayout,
            QLineEdit,
            QRadioButton,
            QVBoxLayout,
            QWidget,
        )

        from reklamera.ui.widgets.date_field import DateField

        layout = self.scrolling_layout(QVBoxLayout)
        form = new_form()
        self.product = QLineEdit()
        self.add_row(form, "product", self.product)

        self.in_shop = QRadioButton()
        self.online = QRadioButton()
        self.business = QRadioButton()
        self.private = QRadioButton()
        self.where_group, self.who_group = QButtonGroup(self), QButtonGroup(self)
        self.add_row(form, "where", self._radios(self.where_group, self.in_shop, self.online), reason=False)
        self.add_row(form, "who", self._radios(self.who_group, self.business, self.private), reason=False)
        self.private_hint = hint_label("private-hint")
        form.addRow(self.private_hint)
        self.brokered = QCheckBox()  # SE, IS: a sale a business arranges for a private seller is covered
        self.brokered.setObjectName("brokered")
        form.addRow(self.brokered)

        self.purchased = DateField()
        self.delivered = DateField()
        self.add_row(form, "purchased", self.purchased)
        self.add_row(form, "delivered", self.delivered)

        price_row = QWidget()
        row = QHBoxLayout(price_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.price = QLineEdit()
        self.price.setObjectName("price")
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.addItems(sorted(set(DEFAULT_CURRENCY.values())))
        row.addWidget(self.price, 1)
        row.addWidget(self.currency)
        price_row.setFocusProxy(self.price)  # the price's reason is about the amount
        price_row.focus_target = self.price  # type: ignore[attr-defined]
        self.add_row(form, "price", price_row)
        price_row.setObjectName("price-row")
        self.price_label = self.labels["price"]
        self.price_label.setBuddy(self.price)
        self.order_number = QLineEdit()
        self.add_row(form, "order_number", self.order_number, reason=False)
        self.category = QComboBox()
        self.add_row(form, "category", self.category, reason=False)
        self.guarantee = DateField()
        self.add_row(form, "guarantee_until", self.guarantee)
        self.guarantee_hint = hint_label("guarantee-hint")
        form.addRow(self.guarantee_hint)
        layout.addLayout(form)

        self.long_life = QCheckBox()
        self.long_life.setObjectName("long_life")
        self.long_life_hint = hint_label("long-life-hint")
        layout.addWidget(self.long_life)
        layout.addWidget(self.long_life_hint)
        # Why it should last that long: asked once the box is ticked (NO, IS), for the letter's five-year sentence.
        self.long_life_why = QWidget()
        self.long_life_why.setObjectName("long-life-why")
        self.long_life_reason = QLineEdit()
        self.long_life_reason.setMaxLength(LONG)
        why_form = new_form(self.long_life_why)
        why_form.setContentsMargins(0, 0, 0, 0)  # in line with the box above
        why_form.setRowWrapPolicy(why_form.RowWrapPolicy.WrapAllRows)  # the label above: the whole width to type in
        self.add_row(why_form, "long_life_reason", self.long_life_reason)
        layout.addWidget(self.long_life_why)
        self.long_life_suggestion = hint_label("long-life-suggestion")
        layout.addWidget(self.long_life_suggestion)
        layout.addStretch()

        for field in (self.product, self.price, self.order_number, self.long_life_reason):
            field.textChanged.connect(self.edited)
        self.currency.currentIndexChanged.connect(self.edited)  # "1,299" or "€ 12" may read differently
        for date_field in (self.purchased, self.delivered):
            date_field.edited.connect(self.edited)
        for button in (self.in_shop, self.online, self.business, self.private):
            button.toggled.connect(self.edited)
        self.private.toggled.connect(self.private_hint.setVisible)
        self.private.toggled.connect(self._show_brokered)
        self.brokered.toggled.connect(self.edited)
        self.guarantee.edited.connect(self.edited)
        self.category.currentIndexChanged.connect(self.edited)
        self.long_life.toggled.connect(self.edited)
        for changed in (self.category.currentIndexChanged, self.long_life.toggled):
            changed.connect(self._suggest_long_life)
        self.long_life.toggled.connect(self._show_long_life_reason)
        self._following = False  # the day of purchase was filled in from the day received, not chosen
        self._setting_purchase = False
        self.purchased.edited.connect(self._purchase_edited)
        self.delivered.edited.connect(self._delivery_follows_purchase)

    @staticmethod
    def _radios(group, *buttons):
        from PySide6.QtWidgets import QHBoxLayout, QWidget

        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for button in buttons:
            group.addButton(button)
            row.addWidget(button)
        row.addStretch()
        return holder

    def retranslate(self) -> None:
        _ = self.ctx.gettext
        self.setTitle(_(self.TITLE))
        self.setSubTitle(_("What did you buy, and when did you receive it? The time limits count from delivery."))
        self.set_label("product", _("&What did you buy?"))
        self.product.setPlaceholderText(_("For example: dishwasher Electra DW-450, white"))
        self.set_label("where", _("Where did you buy it?"))
        self.in_shop.setText(_("In a s&hop"))
        self.online.setText(_("Online, by phone or at my &door"))
        self.set_label("who", _("Who sold it?"))
        self.business.setText(_("A bus&iness"))
        self.private.setText(_("A pri&vate person"))
        self.private_hint.setText(_("A purchase from a private person is not covered by the consumer-sale act: "
                                    "reklamera will tell you what that means."))
        self.set_label("purchased", _("Day of &purchase:"))
        self.purchased.setToolTip(_("The day you made the purchase: it decides which version of the law applies."))
        self.set_label("delivered", _("Day you &received it:"))
        self.delivered.setToolTip(_("The day the goods were delivered to you or you collected them."))
        self.set_label("price", _("Pri&ce:"))
        self.price.setPlaceholderText(_("For example 6490 or 6490,50"))
        self.currency.setAccessibleName(_("Currency"))
        self.set_label("order_number", _("Order or receipt n&umber:"))
        self.set_label("category", _("Kind of &goods:"))
        current = self.category.currentData()
        self.category.clear()
        self.category.addItem(_("(not given)"), None)
        for kind, words in GOODS_KIND_WORDS.items():
            self.category.addItem(_(words.label), kind)
        self.category.setCurrentIndex(max(0, self.category.findData(current)))
        self.long_life.setText(_("The product is meant to last much &longer than most goods"))
        self.long_life.setAccessibleName(self.long_life.text().replace("&", ""))
        self.long_life_hint.setText(_(
            "For example white goods, furniture, a car or a television. In Norway and Iceland the final limit "
            "for such goods is five years instead of two. There is no list: if you tick this, be ready to "
            "explain why the product should last that long."))
        self.set_label("long_life_reason", _("Why should it last that long?"))  # no Alt-letter: all are taken
        self.long_life_reason.setPlaceholderText(_("For example: a washing machine of this kind is expected to last "
                                                   "10 years"))
        self.long_life_reason.setToolTip(_("How long goods like this are expected to last, and why. The letter "
                                           "gives your reason when only the five-year limit keeps the complaint "
                                           "in time."))
        for date_field in (self.purchased, self.delivered, self.guarantee):
            date_field.apply_language(self.ctx.language.code, self.ctx.gettext, lambda: self.ctx.today)
        self.set_label("guarantee_until", _("Guarantee valid until:"))  # no Alt-letter: all are taken here
        self.guarantee_hint.setText(_(
            "Optional. If the seller or the maker gave a guarantee that lasts longer than the law's limit, give its "
            "last day: a defect it covers can then still be complained of."))
        self.brokered.setText(_("A shop or another business sold it on the private person's behalf"))
        self._show_country_specifics()

    def load(self) -> None:
        case = self.ctx.case
        self.product.setText(case.product.description)
        (self.online if case.product.bought_online else self.in_shop).setChecked(True)
        (self.private if case.seller.private else self.business).setChecked(True)
        self.private_hint.setVisible(case.seller.private)
        self.brokered.setChecked(case.seller.brokered)
        self.guarantee.set_value(case.product.guarantee_until)
        self.purchased.set_value(case.product.purchased)
        self.delivered.set_value(case.product.delivered)
        self._following = False
        from reklamera.inputs import format_amount

        price = case.product.price
        if price is not None or not self.parse_price().problem:  # an amount still to be made clear stays as typed
            self.price.setText("" if price is None else format_amount(price, self.ctx.language.code))
        index = self.currency.findText(case.product.currency)
        if index < 0:
            self.currency.addItem(case.product.currency)
            index = self.currency.count() - 1
        self.currency.setCurrentIndex(index)
        self.order_number.setText(case.product.order_number)
        self.category.setCurrentIndex(max(0, self.category.findData(case.product.category)))
        self.long_life.setChecked(case.product.long_life)
        self.long_life_reason.setText(case.product.long_life_reason)
        self._show_country_specifics()

    def store(self) -> None:
        product = self.ctx.case.product
        product.description = self.product.text().strip()
        product.bought_online = self.online.isChecked()
        self.ctx.case.seller.private = self.private.isChecked()
        self.ctx.case.seller.brokered = self.private.isChecked() and self.brokered.isChecked()
        product.guarantee_until = self.guarantee.value()
        product.purchased = self.purchased.value()
        product.delivered = self.delivered.value()
        # No price until the amount is clear: a half-typed "1,29" on the way to an ambiguous "1,299" must not stay
        # behind as the price; the text stays in the field and the reason under it says what to do.
        product.price = self.parse_price().value
        product.currency = self.currency.currentText()
        product.order_number = self.order_number.text().strip()
        product.category = self.category.currentData()
        product.long_life = self.long_life.isChecked()
        product.long_life_reason = self.long_life_reason.text().strip()

    STEP = Step.PURCHASE
    FIELD_KEYS = {"product.description": "product", "product.delivered": "delivered",
                  "product.purchased": "purchased", "product.price": "price",
                  "product.guarantee_until": "guarantee_until", "product.long_life_reason": "long_life_reason"}

    def candidates(self) -> dict[str, object]:
        typed: dict[str, object] = {"product.description": self.product.text().strip(),
                                    "product.delivered": self.delivered.value(),
                                    "product.purchased": self.purchased.value(),
                                    "product.guarantee_until": self.guarantee.value(),
                                    "product.long_life_reason": self.long_life_reason.text().strip()}
        if (price := self.parse_price()).value is not None:
            typed["product.price"] = price.value
        return typed

    def problems(self) -> dict[str, str | InputError]:
        found = super().problems()
        if problem := self.parse_price().problem:
            found["price"] = problem  # already in the UI language; refresh's gettext leaves it as it is
        return found

    def parse_price(self) -> Parsed[Decimal]:
        """The price as typed, in the UI language, for the currency chosen beside it (reklamera.inputs: an
        amount that could be read two ways is reported, never guessed); an empty field has no value."""
        from reklamera.inputs import parse_money

        return parse_money(self.price.text(), self.ctx.language.code, self.currency.currentText(),
                           self.ctx.gettext)

    def _delivery_follows_purchase(self) -> None:
        """Most purchases are received the same day: an empty day of purchase follows the day received, and keeps
        following it until the person changes it. Typing "17. januar 2025" passes through "17. januar" (this year's
        17 January): filled once, the day of purchase kept the wrong year."""
        delivered = self.delivered.value()
        if self.loading or delivered is None:
            return
        if self.purchased.value() is None and not self.purchased.edit.text().strip():
            self._following = True
        if self._following and self.purchased.value() != delivered:
            self._setting_purchase = True
            try:
                self.purchased.set_value(delivered)
            finally:
                self._setting_purchase = False

    def _purchase_edited(self) -> None:
        if not self._setting_purchase and not self.loading:
            self._following = False  # the person's own day of purchase

    def _show_brokered(self, *_args: object) -> None:
        """Where the act covers a sale a business arranges for a private person (the rules say where), ask."""
        from reklamera.rules import law_for

        version = law_for(self.ctx.case.country, self.purchased.value() or self.ctx.today)
        self.brokered.setVisible(self.private.isChecked() and version.brokered is not None)

    def _show_country_specifics(self) -> None:
        self._show_brokered()
        relevant = self.ctx.case.country in LONG_LIFE_COUNTRIES
        self.long_life.setVisible(relevant)
        self.long_life_hint.setVisible(relevant)
        self._suggest_long_life()
        self._show_long_life_reason()

    def _show_long_life_reason(self, *_args: object) -> None:
        """The reason is asked where the five-year limit exists, once the consumer says the goods are long-life."""
        shown = self.ctx.case.country in LONG_LIFE_COUNTRIES and self.long_life.isChecked()
        self.long_life_why.setVisible(shown)

    def _suggest_long_life(self, *_args: object) -> None:
        """White goods, furniture and vehicles are usually held to last longer (NO, IS): say so, and let the
        consumer decide; the box is never ticked for them."""
        kind = self.category.currentData()
        suggest = (self.ctx.case.country in LONG_LIFE_COUNTRIES and kind is not None
                   and GoodsKind(kind).usually_long_life and not self.long_life.isChecked())
        self.long_life_suggestion.setText(self.ctx.gettext(LONG_LIFE_SUGGESTION) if suggest else "")
        self.long_life_suggestion.setVisible(suggest)
