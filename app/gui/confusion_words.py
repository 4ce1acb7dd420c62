"""The deciding questions of commonly confused headings (resources/review/confusion_pairs.toml)
in the window's language: each pair's fact, question and answers.

The file's English texts are marked here with QT_TRANSLATE_NOOP so `make translations` collects
them into the "ConfusionPairs" context; tests/test_translations.py checks that this list is the
file's texts and that each is translated. The file and the review queue's export keep the English.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.confusion import Question

CONTEXT = "ConfusionPairs"


def shown(text: str) -> str:
    """One of the file's texts as the window shows it (a text not listed here comes back as it is)."""
    return QCoreApplication.translate(CONTEXT, text)


def fact(question: Question) -> str:
    return shown(question.fact)


def asked(question: Question) -> str:
    return shown(question.question)


def choices(question: Question) -> str:
    """Which key gives which code, the answers in the window's language: '1 = ditenun (620520), ...'."""
    return question.choices(shown)


MARKED = (
    # KNIT-WOVEN
    QT_TRANSLATE_NOOP("ConfusionPairs", 'construction of the fabric'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'Is the fabric knitted or crocheted (chapter 61) or woven (chapter 62)?'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'knitted or crocheted'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'woven'),
    # TSHIRT-SWEATER
    QT_TRANSLATE_NOOP("ConfusionPairs", 'kind of garment'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'Is it a T-shirt or vest (6109) or a jersey, pullover, cardigan or sweatshirt (6110)?'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'a T-shirt, singlet or vest'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'a jersey, pullover, cardigan or sweatshirt'),
    # SHOE-UPPER
    QT_TRANSLATE_NOOP("ConfusionPairs", 'material of the upper and the outer sole'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'What are the upper and the outer sole made of: rubber or plastics (6402), a leather upper (6403), a textile upper (6404) or another upper (6405)?'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'rubber or plastics'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'leather upper'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'textile upper'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'other upper'),
    # CELL-ACCU
    QT_TRANSLATE_NOOP("ConfusionPairs", 'whether it is rechargeable'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'Is the battery rechargeable (accumulator, 8507) or single-use (primary cell, 8506)?'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'single-use'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'rechargeable'),
    # PERFUME-COSMETIC
    QT_TRANSLATE_NOOP("ConfusionPairs", 'what the preparation is used for'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'Is it a perfume (3303), a skin or make-up preparation (3304), a hair preparation (3305) or a deodorant, bath or other toilet preparation (3307)?'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'a perfume'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'a skin or make-up preparation'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'a hair preparation'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'a deodorant, bath or other toilet preparation'),
    # JEWELLERY
    QT_TRANSLATE_NOOP("ConfusionPairs", 'metal of the piece'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'Is it of precious metal or clad with it (7113) or imitation jewellery (7117)?'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'precious metal'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'imitation jewellery'),
    # TOY-GAME-SPORT
    QT_TRANSLATE_NOOP("ConfusionPairs", 'what it is for'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'Is it a toy (9503), a game or console (9504) or sports or exercise equipment (9506)?'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'a toy'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'a game or console'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'sports or exercise equipment'),
    # COMPUTER-PHONE
    QT_TRANSLATE_NOOP("ConfusionPairs", 'main function of the device'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'Is it mainly a computer (8471), a phone or network device (8517) or a monitor or TV (8528)?'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'a computer'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'a phone or network device'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'a monitor or TV'),
    # HEATER-MOTOR
    QT_TRANSLATE_NOOP("ConfusionPairs", 'how the appliance works'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'Does the appliance mainly heat (8516) or mainly run a motor, like a blender (8509)?'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'it runs a motor'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'it heats'),
    # HERB-SUPPLEMENT
    QT_TRANSLATE_NOOP("ConfusionPairs", 'form and purpose of the product'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'Is it a plain dried plant or tea (0902, 1211), a food supplement preparation (2106) or a medicine in doses (3004)?'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'a plain dried plant or tea'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'a food supplement preparation'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'a medicine in doses'),
    # MATERIAL
    QT_TRANSLATE_NOOP("ConfusionPairs", 'material'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'What is it made of? The two best suggestions differ by material (plastics, rubber, leather, wood, plaiting materials, paper, ceramic, glass, iron or steel, copper, aluminium).'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'plastics'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'rubber'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'leather'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'wood'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'straw or other plaiting material'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'paper or paperboard'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'ceramic'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'glass'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'iron or steel'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'copper'),
    QT_TRANSLATE_NOOP("ConfusionPairs", 'aluminium'),
)
