"""English: the words the core understands and its fixed answer lines."""

KINDS = {
    "cost": r"\bcost|price|\bfees?\b|how much (?:is|are|does|do|will|for|to)|expensive|cheap"
            r"|\bpay (?:for|to)|charge|free of charge|\bfree\b(?! (?:slots?|appointments?|dates?|times?|places?|spots?|of personal))|\brates?\b|€|\beur\b|euros?|\bfines?\b"
            r"|penalt|how much(?! time)|how high",
    "amount": r"how much .{0,30}(?:get|receive|paid to)|\bamount|how high",
    "payment": r"\bcash|by card|credit card|debit|pay (?:by|with|in)|payment|instal?lment|\bdue\b"
               r"|amex|american express|visa|mastercard|when do i (?:have to )?pay",
    "documents": r"document|\bbring|papers|what do i need|what is needed|required|proof"
                 r"|(?:need|bring|require\w*|which|what kind of|what type of|what sort of|new|own) (?:an? )?"
                 r"(?:biometric |digital |paper )?(?:photo|picture)|photo requirement|paper photo"
                 r"|what (?:do|should) i take|enough|sufficient|power of attorney|\bproxy\b|on (?:my|his|her|our) behalf",
    "where": r"\bwhere|which office|address|location|go to",
    "online": r"online|internet|website|from home|digital|\bapp\b",
    "duration": r"how long .{0,25}(?:take|wait)|processing|how long until|when (?:will|do|can) i"
                r" (?:get|receive|collect)|\bfor how many (?:months|weeks|years)"
                r"|how many months (?:is|are|will|does|do you|can)|ready|how fast|how quickly|how long (?:does|do|will|is|are)"
                r" (?!.{0,25}(?:valid|last|keep|kept|stor|held|hold|good for))"
                r"|how (?:many|much) (?:days|weeks|months|time) (?:until|till|before|does it take|do they need)"
                r"|\bfastest\b|\bquickest\b|as soon as possible|\basap\b"
                r"|how many (?:months|weeks|years) (?:\w+ ){0,3}(?:get|receive|paid|pay)",
    "validity": r"\bvalid|validity|expir|how long .{0,20}(?:valid|last|good for)",
    "deadline": r"deadline|by when|how long do i have|how much time|\bwithin|too late|\blate\b"
                r"|how soon (?:must|do)|when do i have to|until when|(?:latest|last day) (?:to|for|i can)"
                r"|how (?:many|much) (?:days|weeks|months|time) (?:do )?(?:i|we) (?:have|got)"
                r"|how long .{0,25}(?:keep|kept|stor|held|hold)|how early|by what time|what time (?:\w+ ){0,3}(?:must|has to|have to)|how far in advance|backdat"
                r"|retroactive",
    "eligibility": r"who (?:can|may|must|gets|is)|keep (?:my |our )?(?:\w+ )?(?:citizenship|nationality)"
                   r"|dual (?:citizenship|nationality)|after how many years|how many years (?:do|must|of)|eligible|entitled|requirement|do i (?:need|have) to"
                   r"|am i allowed|can i (?:still |also )?get|qualif|minimum age|from what age|how old"
                   r"|at what age|limit|\bstill (?:possible|available|exist|issued|get|do|apply|make)"
                   r"|is (?:it|there) still|do they still|abolish|no longer|discontinu",
    "hours": r"opening|walk[- ]?in|without (?:an? )?appointment|\bopen\b|hours|\bclosed\b|\bclos(?:e|es|ing) (?:at|on|time)|(?:when|what time) (?:does|do|is) .{0,25}clos|appointment|\bbook(?:ing)? (?:an? |my |the )?(?:appointment|slot|date|time)"
             r"|\bslots?\b|waiting list",
    "contact": r"phone|\bcall|number|hotline|contact|e-?mail|reach",
    "how": r"how (?:do|can|should) i|what (?:do|should|must|can) i do|steps|procedure|\bapply|register"
           r"|report|\bblock|pick up|collect|can i (?:pick|choose|select)|(?:pick|choose|select) up to",
    "exemption": r"exempt|reduc|discount|waive|don'?t have to pay|concession",
}

OPTIONS = {
    "express": r"\bexpress|\burgent|\bfast(?:er|est)?\b|\bquick|\brush\b|\basap\b",
    "lost": r"\blost\b|\bstolen|\btheft|\bmissing\b|\bmisplaced",
    "post": r"by post|by mail|mailed|sent home|delivery|deliver",
    "photo": r"\bphoto|\bpicture",
    "pages48": r"\b48\b|more pages|\bthick|frequent travel",
    "temporary": r"temporary|provisional|emergency",
    "child": r"\bchild|\bkids?\b|\bson\b|\bdaughter|\bbaby|\bminor\b|\btoddler|\bnewborn",
    "first": r"\bfirst\b|never had",
    "extended": r"extended|enhanced",
    "abroad": r"abroad|foreign country|emigrat|moving out of germany",
    "dangerous": r"dangerous|fighting dog|listed breed",
    "shelter": r"\bshelter|\brescue",
    "dusselpass": r"düsselpass|duesselpass|dusselpass",
    "deregister": r"deregist|\bclos(?:e|ing)\b|shut(?:ting)? down|give up|giving up|cancel|\bend (?:my|a|the)\b",
    "couple": r"my (?:wife|husband|partner|spouse)|\bcouples?\b|married|the two of us|both of us",
    "in_person": r"\bin person\b|at the office",
    "online": r"online|internet|digital",
    "legal_entity": r"company|gmbh|corporation|legal entity|\bltd\b",
    "natural_person": r"sole trader|sole proprietor|self-employed|freelanc|individual|natural person",
    "copy": r"further cop|extra cop|additional cop|more cop|second cop",
    "foreign": r"foreign|non-german|not (?:a )?german|isn'?t (?:a )?german|no german (?:citizen|passport)",
    "late": r"too late|\blate\b|miss(?:ed)?\b|overdue|\bfine\b",
    "two_years": r"two years|2 years",
    "first_name": r"first name|given name",
    "surname": r"surname|last name|family name|double name",
    "school_trip": r"school trip|class trip",
}

AGE = (  # relation: "under" N, "from" N, "eq" (an age cue: "bin 19"), "years" ("19 Jahre")
    ("under", r"(?:under|below|younger than) (\d{1,3})\b"),
    ("from", r"(?:over|above|older than|from age) (\d{1,3})\b"),
    ("eq", r"\b(\d{1,3}) ?(?:years? old|yo\b|-year-old)"),
    ("eq", r"\b(?:i'?m|i am|aged?) (\d{1,3})\b(?! ?(?:eur|€|euro|dogs?|weeks?|days?|months?))"),
    ("eq", r"\b(?:son|daughter|child|kid|he|she|wife|husband) is (?:just |now |only )?(\d{1,3})\b"
           r"(?! ?(?:eur|€|euro|dogs?|weeks?|days?|months?))"),
)
CHILD = r"\bchild|\bkids?\b|\bson\b|\bdaughter|\bbaby|\bminor\b|\bnewborn|\btoddler"
PAST = r"\bbefore (?:the )?(?:change|increase|rise|new|february|feb\b|2026|7 feb)|previous|used to (?:cost|be)" \
       r"|old (?:fee|price|rate)|last year|earlier (?:fee|price|rate)|\bwas\b .{0,20}(?:cost|fee|price)" \
       r"|\bdid .{0,30}\bcost\b"
FOREIGN = r"\b(?:turkish|polish|russian|ukrainian|syrian|italian|greek|romanian|bulgarian|croatian" \
          r"|serbian|kosovar|albanian|afghan|iraqi|iranian|moroccan|tunisian|british|uk|us" \
          r"|american|austrian|swiss|french|spanish|portuguese|dutch|chinese|japanese|indian" \
          r"|nigerian|eritrean|egyptian|lebanese)\s+(?:passport|id card|identity card" \
          r"|driving licen[cs]e|driver'?s licen[cs]e)|consulate|embassy"
COMPARE = r"cheaper|more expensive|difference|compared|versus|\bvs\b|less than|more than"
QUESTION = r"\?|^\s*(?:what|how|where|when|which|who|why|can|do|does|is|are|must|should|will)\b"
FOLLOWUP = r"^\s*(?:and|but|also|what about|how about|same for)\b"
NUMBERS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "second": 2,
           "third": 3, "single": 1,
           "alone": 1, "couple": 2, "partner": 2, "partners": 2}

# The small words of English (question words, pronouns, particles, the commonest verbs):
# kiosk.core.answer.lang counts them against German ones around a German service name.
SMALL = (
    r"\b(?:i|you|my|the|a|an|is|are|do|does|can|how|much|many|what|where|when"
    r"|for|per|year|have|get|to|of|with|and|it|need|i'm|please)\b"
)

TEXTS = {
    # the line before the Info-Line referral when another body handles the subject
    # (kiosk.core.knowledge.elsewhere); the plural for a body named in the plural
    "elsewhere": "This is handled by {body}.",
    "elsewhere_plural": "This is handled by {body}.",
    "elsewhere_beside": "“{subject}” is handled by {body}.",
    "elsewhere_beside_plural": "“{subject}” is handled by {body}.",
    "no_fact": "Nothing is stored here on that ({kind}). Please ask {office} or the City "
               "Info-Line on 0211 89-91.",
    "no_past": "No earlier value is stored here; what is shown is the current information.",
    "dated": "Note: this value comes from an older source. Please check the current information "
             "on the official page (QR code).",
    "german_only": "This information is only available in German.",
    "kind.cost": "costs", "kind.amount": "amount of the benefit", "kind.payment": "payment",
    "kind.documents": "documents", "kind.where": "responsible office", "kind.online": "online",
    "kind.duration": "processing time", "kind.validity": "validity", "kind.deadline": "deadline",
    "kind.eligibility": "requirements", "kind.hours": "opening hours and appointments",
    "kind.contact": "contact", "kind.how": "procedure", "kind.exemption": "exemptions",
    # the fixed answers of kiosk.core.answer.messages
    "no_answer": "I have no reliable information on that. Please contact the City of Düsseldorf "
                 "Info-Line on {info_line} or the responsible office.",
    "empty": "Please type a question.",
    "pii_blocked": "Your question seems to contain personal data ({kinds}). To protect you, it was"
                   " not processed and has been deleted straight away. I don't need these details "
                   "to help you – please simply ask again without them.",
    "pii.separator": ", ",
    "pii.address": "address",
    "pii.birth_date": "date of birth",
    "pii.email": "e-mail address",
    "pii.health_insurance": "health insurance number",
    "pii.iban": "bank account number (IBAN)",
    "pii.id_number": "ID card or passport number",
    "pii.licence_plate": "licence plate",
    "pii.name": "name",
    "pii.phone": "phone number",
    "pii.social_insurance": "social security number",
    "pii.tax_id": "tax ID or tax number",
}

# Number words read as digits where an age is stated ("thirty years old", "twenty-four");
# one is left out, it is also the pronoun.
NUMERALS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
            "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
            "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
            "seventy": 70, "eighty": 80, "ninety": 90}

# The words read around a number, in every language's question (see de.py), as written.
NOT_COUNTED = r"year|day|week|month|page|min|hour|euro|eur"
MONTHS = r"january|february|march|april|may\b|june|july|august|septemb|october|novemb|december"
NOT_AGE_BEFORE = r"since|for|every|after|within|ago|in"
SHORT_COUNTED = frozenset({"dog", "kid", "cat"})  # "for 1 dog"
PAY = r"pay"
EITHER = r"\b(?:or|vs|versus)\b"
# the word before a number word that makes it distributive, no count ("for each one")
EACH = r"\b(?:per|each|every)$"
CLITICS = None
