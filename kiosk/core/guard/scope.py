"""Requests the kiosk refuses whatever the corpus holds: forgery, fraud, violence, stalking."""

from __future__ import annotations

import re

# Stems in the kiosk's Latin-script languages; other scripts fall back on the relevance check.
_ABUSE = re.compile(
    r"fälsch|faelsch|forge|forgery|counterfeit|fake[- ](?:id|ausweis|pass|document)"
    r"|erschleich|sozialbetrug|leistungsbetrug|betrüg|benefit fraud|commit fraud|scam"
    r"|bombe\b|bomb\b|sprengstoff|explosive|waffe|weapon|umbringen|töten|\bkill\b|murder"
    r"|vergiften|poison|drogen kaufen|buy drugs|hacken|\bhack\b|einbrechen|break into"
    r"|stalk|privatadresse|home address of|wohnadresse (?:von|des|der)|wo wohnt",
    re.I,
)

# A paper that someone else must issue and sign (the landlord's Wohnungsgeberbestätigung, a
# consent, a power of attorney) made by the citizen in that person's name: forging it, writing it
# "for him with his signature", signing instead of him, imitating a signature, in all seven
# languages. Asking whether his signature is needed is no such request.
_HIS = (r"(?:his|her|their|the landlord'?s|seine[rnm]?|dessen|deren|des vermieters|vom vermieter"
        r"|його|її|їхн\w*|хазяїна|власника|орендодавця|его|её|ее|их|хозяина|арендодателя"
        r"|jego|jej|ich|właściciela|wlasciciela|wynajmującego|wynajmujacego|onun|ev sahibinin"
        r"|ev sahibi)")
_FORGED = re.compile(
    # de
    r"unterschrift (?:\w+ ){0,2}(?:nachmach|nachahm|imitier|kopier|fälsch|faelsch)"
    r"|(?:statt|anstelle|anstatt|im namen) (?:\w+ ){0,2}(?:vermieter|ihm|ihn|seiner|des)\w* "
    r"(?:\w+ ){0,3}(?:unterschreib|unterzeichn)"
    r"|(?:schreib|ausfüll|ausfuell|mach|füll|fuell|unterschreib)\w* .{0,50}mit " + _HIS
    + r" unterschrift|mit " + _HIS + r" unterschrift .{0,40}(?:schreib|ausfüll|ausfuell|mach|füll)"
    # en
    r"|(?:copy|imitate|fake|do|use|put|add|sign with) " + _HIS + r" signature"
    r"|with " + _HIS + r" signature|sign (?:it )?(?:as|in (?:his|her|their|the landlord'?s) name"
    r"|instead of (?:him|her|them|the landlord))"
    # uk
    r"|з " + _HIS + r" підпис|підроб(?:ити|ка|ки|ку|кою|лен|ив|или|ять|імо)|фальшив|(?:підпиш|підписа|розпиш)\w* (?:\w+ )?(?:за нього"
    r"|за неї|замість)|(?:напиш|заповн|зроб)\w* (?:\w+ )?(?:\w+ )?(?:за нього|за неї|замість нього"
    r"|замість неї|від його імені|від її імені)"
    # ru
    r"|с " + _HIS + r" подпис|поддел|фальшив|липов|(?:подпиш|подписа|распиш)\w* (?:\w+ )?"
    r"(?:за него|за неё|за нее|вместо)|(?:напиш|заполн|сдела)\w* (?:\w+ )?(?:\w+ )?(?:за него"
    r"|за неё|за нее|вместо него|вместо неё|вместо нее|от его имени|от её имени|от ее имени)"
    # pl
    r"|z " + _HIS + r" podpis|podrob|podrób|sfałsz|sfalsz|fałszyw|falszyw|podpisz\w* (?:\w+ )?"
    r"(?:za niego|za nią|za nia|zamiast)|(?:napisz|wypełnij|wypelnij|zrób|zrob)\w* (?:\w+ )?"
    r"(?:\w+ )?(?:za niego|za nią|za nia|zamiast niego|zamiast niej|w jego imieniu"
    r"|w jej imieniu)"
    # tr
    r"|sahte|taklit|" + _HIS + r" (?:yerine|adına|adina) (?:\w+ )?(?:imza|yaz|doldur|imzala)"
    r"|" + _HIS + r" imzas[ıi]yla|imzas[ıi]n[ıi] (?:\w+ )?(?:at|atsam|atabilir|kopyala|taklit)"
    # ar
    r"|تزوير|مزور|مزيف|(?<!\w)[انيأ]?زور (?:\w+ )?(?:ال)?(?:توقيع|ورق|وثيق|هوي|جواز|شهاد|إمضاء|امضاء)"
    r"|بتوقيعه|بتوقيعها|توقيعه بدل|(?:وقع|أوقع|اوقع|اكتب|أكتب|املأ|اعبي|عبي)\w* "
    r"(?:\w+ )?(?:عنه|عنها|بدلا عنه|بدلا منه|بداله|بدالها|باسمه|باسمها)",
    re.I,
)


def is_abusive(text: str) -> bool:
    """Whether a (sanitised) question asks for help with something harmful or unlawful."""
    return bool(_ABUSE.search(text) or _FORGED.search(text))
