"""The words speaker labels are made of: roles, titles, and page metadata that only looks like
a label. Written from the transcript styles tqa reads (press briefings, parliaments and
committees, meetings, interviews), not fitted to any question."""

from __future__ import annotations

REPORTER_LABELS = {
    "q",
    "question",
    "questions",
    "questioner",
    "reporter",
    "journalist",
    "correspondent",
    "audience member",
    "audience",
    "participant",
    "press",
    "media",  # New Zealand's post-Cabinet press conferences: "PM:" answers "Media:"
    "interviewer",
    "i",  # an oral history's or a study's "I:" (interviewer) and "R:" (respondent)
    "staff",
    "student",
    "analyst",  # an earnings call's askers: "Erik Woodring -- Morgan Stanley -- Analyst"
}
# English's words for a person that a number tells apart: such a label opens a turn even where it
# opens one line only ("Guest 2:", "Caller #3:", "Audience Member 2:"), as a list's "Item 2:"
# or "Step 1:" does not.
NUMBERED_PEOPLE = {
    "speaker", "participant", "respondent", "interviewee", "interviewer", "guest", "caller",
    "reporter", "journalist", "audience", "member", "man", "woman", "male", "female", "voice",
    "student", "person", "panelist", "panellist", "juror", "witness", "delegate", "attendee",
    "customer", "user", "patient", "resident", "presenter", "officer", "agent", "analyst",
}  # fmt: skip
# Ireland's Oireachtas: the Dáil's chair and deputy chair, the Seanad's, and the offices in
# English that a question names them by ("What did the chair say?").
IRISH_CHAIRS = {
    "an ceann comhairle": "Chair",
    "an leas-cheann comhairle": "Deputy Chair",
    "an cathaoirleach": "Chair",
    "an leas-chathaoirleach": "Deputy Chair",
}
MODERATOR_LABELS = {
    "moderator",
    "operator",
    "host",
    "anchor",  # television news: "WOLF BLITZER, CNN ANCHOR:"
    "mc",
    "master of ceremonies",
    "narrator",
    # Committees and assemblies: whoever chairs the sitting.
    "the chair",
    "chair",
    "the acting chair",
    "acting chair",
    "chairman",
    "the chairman",  # a US hearing's "The Chairman. The committee will come to order."
    "chairwoman",
    "the chairwoman",
    "chairperson",
    "the chairperson",  # South Africa's committees: "The CHAIRPERSON:"
    "the presiding officer",
    "presiding officer",
    "the deputy presiding officer",
    # The US Congress's: "The SPEAKER pro tempore.", "The ACTING PRESIDENT pro tempore.".
    "the speaker pro tempore",
    "the president pro tempore",
    "the acting president pro tempore",
    "the lord speaker",  # the House of Lords
    "lord speaker",
    "the convener",  # Scotland's committees
    "convener",
    "the convenor",
    "convenor",
    "the speaker",
    "the deputy speaker",
    *IRISH_CHAIRS,
}
# "Q: ... A: ..." (and a study's "I: ... R: ..."): the answers are the interviewee's, named (if
# at all) above the transcript.
ANSWER_LABELS = {"a", "answer", "r", "respondent", "interviewee"}
# Where nobody is named, who a letter's answers are: a study's "R:" its respondent's, an
# interview's "A:" its interviewee's (not "unknown", as if nobody were known to say them).
ANSWERING_LETTERS = {"r": "Respondent", "a": "Interviewee"}
# Letters after a name that are not part of it: "Lynne Neagle AM", "Jane Roe MP", and a
# generation's ("Lloyd J. Austin III", "John Lewis Jr."), so that "SEC. AUSTIN:" finds the
# full name.
POSTNOMINALS = {
    "am", "ms", "mp", "msp", "mla", "mpp", "mep", "qc", "kc", "obe", "mbe", "cbe",
    "jr", "sr", "ii", "iii", "iv",
}  # fmt: skip

# Forms of address, not offices: "Mr. SMITH" says nothing about who a later "Mr.:" is, and a
# label cannot end with one ("STATEMENT OF HON. JANE DOE" is a heading, not "STATEMENT OF HON.").
FORMS_OF_ADDRESS = {
    "the", "mr", "ms", "mrs", "miss", "dr", "hon", "sir", "dame", "madam", "right",
    "shri", "smt", "shrimati",  # India's Parliament: "SHRI RAHUL GANDHI:", "SMT. NIRMALA ..."
}  # fmt: skip

# Words that may precede a name in a label or byline; a label made of these alone is a title.
TITLE_WORDS = {
    "the",
    "shri",
    "smt",
    "shrimati",
    "hon",
    "right",
    "honourable",
    "honorable",
    "ambassador",
    "mr",
    "ms",
    "mrs",
    "miss",
    "madam",  # "Madam Secretary:"
    "dr",
    "secretary",
    "cabinet",  # "The Cabinet Secretary for Health (Michael Matheson):"
    "president",
    "vice",
    "general",
    "gen",
    "rear",
    "admiral",
    "adm",
    "senator",
    "sen",
    "sec",  # the Pentagon's "SEC. AUSTIN:"
    "rep",
    "representative",
    "minister",
    "prime",
    "foreign",
    "deputy",
    "assistant",
    "under",
    "special",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "press",
    "governor",
    "gov",
    "mayor",
    "congressman",  # "Republican Congressman Dale Hutchins"
    "congresswoman",
    "sheriff",  # "Sheriff Linda Park:", a county's
    "coach",  # "Coach Alvarado:", "head coach Denise Alvarado"
    "council",  # "COUNCIL MEMBER RUIZ:", as a city council's captions write it
    "member",
    "councilmember",
    "assemblymember",
    "supervisor",  # a county's "Supervisor Peskin"
    "trustee",
    "councilman",
    "councilwoman",
    "councillor",
    "councilor",
    "alderman",
    "alderwoman",
    "chairman",
    "chairwoman",
    "chair",
    "treasurer",
    # A company's officers: "Sarah Lin — CEO:", "Tim Cook, CEO" in a byline.
    "ceo",
    "cfo",
    "cto",
    "coo",
    "vp",
    "director",
    "commissioner",
    "professor",
    "prof",
    "sir",
    "dame",
    "lord",
    "baroness",  # not "earl" or "baron", which are first names too (Earl Dreeshen, MP)
    "viscount",
    "colonel",
    "col",
    "captain",
    "capt",
    "lieutenant",
    "lt",
    "major",
    "maj",
    "sergeant",
    "sgt",
    "chancellor",
    # Schools' and universities' officers: "Superintendent Okafor:", "Dean Patel:".
    "superintendent",
    "dean",
    "provost",
    "clerk",
    "king",
    "queen",
    "premier",
    "envoy",
    "acting",
    "principal",
    "senior",
    "official",
    "administration",
    "state",
    "department",
    "defense",
    "chief",
    "of",
    "for",
    "and",
    "policy",
    "ambassador-at-large",
    "coordinator",
    "counselor",
    "attorney",
    "judge",
    "justice",
    "rabbi",
    "father",
    "pastor",
    "doctor",
    "first",
    "lady",
    "gentleman",
    "speaker",
    "leader",
    "whip",
    "spokesperson:",
    "executive",
    "officer",
    "advisor",
    "adviser",
    "national",
    "security",
}
# Titles that are also common surnames (Martin Luther King, John Major, Howard Dean): last in
# a name, after its given names, a surname and not an office the name runs on into.
SURNAME_TITLES = {"king", "major", "dean"}

# The words that join a title's words ("Secretary of State", "Minister for Health and Care"):
# part of a title, never one alone.
JOINERS = {"the", "of", "for", "and"}
# ... and the words that join a heading's parts: never a name's ("STATEMENT OF JOAN CARTER",
# "ARGUMENT BY ...", "Interview With Mervyn King").
JOINING_WORDS = frozenset(JOINERS | {"by", "on", "from", "with", "to", "at"})

# The offices that abbreviated titles name, so that "the general" finds "GEN. MILLEY:".
ABBREVIATED_TITLES = {
    "adm": "admiral",
    "capt": "captain",
    "col": "colonel",
    "gen": "general",
    "gov": "governor",
    "lt": "lieutenant",
    "maj": "major",
    "prof": "professor",
    "rep": "representative",
    "sec": "secretary",
    "sen": "senator",
    "sgt": "sergeant",
}

# "Date:" and friends are page metadata, never speakers.
METADATA_KEYS = {
    "date",
    "description",
    "time",
    "location",
    "source",
    "title",
    "subject",
    "subjects",  # an Australian minister's transcript: "SUBJECTS: Cost of living; Housing."
    "tags",
    "tag",
    "updated",
    "posted",
    "published",
    "by",
    "note",
    "notes",
    "photo",
    "image",
    "caption",
    "related",
    "transcript",
    "category",
    "categories",
    "topics",
    "topic",
    "format",
    "duration",
    "link",
    "url",
    "email",
    "phone",
    "contact",
    "home",
    "share",
    "print",
    "read more",
    "place",
    "venue",
    "event",
    "file",
    "filed",
    "section",
    "summary",
    "editor's note",
    "as prepared for delivery",
    "video",
    "audio",
    "watch",
    "listen",
    "download",
    "attachments",
    "keywords",
    "release",
    "for immediate release",
    "contents",
    "agenda",
    "present",
    "participants",
    "attendees",
    "remarks",
    "speakers",
    "speaker key",  # the WHO's "Speaker key:" above the initials that label its turns
    "appearances",  # a court transcript's counsel: "APPEARANCES: For the Plaintiff: ..."
    "also present",
    # A committee's members and witnesses: "Members in attendance: Senators Bragg, Canavan".
    "members present",
    "members in attendance",
    "in attendance",
    "witnesses",
    "panelists",
    "panellists",
    "language",
    "translation",
    "copyright",
}

# Header keys whose values list who takes part ("Attendees: Priya (PM), Tom (Design)"); the
# metadata keys above that name people rather than a date, a place or a subject.
PEOPLE_KEYS = {
    "present", "participants", "attendees", "speakers", "speaker key", "appearances", "also present",
    "members present", "members in attendance", "in attendance", "witnesses", "panelists",
    "panellists",
}  # fmt: skip


# The parts a header may give someone that make them the one who asks: "Moderated by Dana
# Whitfield", "Moderator: Prof. James Okoro", "Host: Ann Lee" (not a chair it lists, who may
# decide as much as ask).
ASKING_PARTS = {"moderator", "host"}
