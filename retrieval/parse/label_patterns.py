"""The shapes of speaker labels at the start of a line, as regular expressions."""

from __future__ import annotations

import re

_UPPER = "A-ZÀ-ÖØ-Þ"  # capitals, accented ones too ("Gérard", "ÉMILE")
_WORD = rf"[{_UPPER}][\w'’.\-]*"
_UPPER_WORD = rf"[{_UPPER}][{_UPPER}'’.\-]*"
# A constituency or office after the name, one level of nesting deep:
# "The Chair (Hon. Anthony Rota (Nipissing—Timiskaming, Lib.))".
# Hansard gives two: "Sir Keir Starmer (Holborn and St Pancras) (Lab)".
# Square brackets serve as well: "Jane Okoro [CISO]:", "Sen. Cruz [R-TX]:".
_PAREN = r"(?:\s*(?:\((?:[^()\n]|\([^()\n]*\)){1,100}\)|\[[^\[\]()\n]{1,60}\])){0,2}"
# New Zealand's Hansard names whom an oral question is put to, after the member's party and
# seat: "Hon CHRISTOPHER LUXON (Leader—National) to the Prime Minister:"; not part of the label.
_ADDRESSEE = r"(?:(?<=\))[ \t]+to[ \t]+the[ \t]+[A-Z][\w'’\-]*(?:[ \t]+[\w'’\-]+){0,6}?)?"
# `**Name:**`, `**Name**:`, `> Name:`, `- Name:` are Markdown dressing around a plain label;
# so are brackets: `[Maya Chen]:`.
_MD_PREFIX = r"(?P<md>(?:[>#\-*]\s*)*(?:\*\*|__|(?P<lb>\[))?)"
_MD_CLOSE = r"(?:\*\*|__|(?(lb)\]))?"
# What the speaker is, after a comma or a dash: "STEVE INSKEEP, HOST:", "Sarah Lin — CEO:".
_ROLE_SEP = r"(?:,[ \t]*|[ \t]+[—–-][ \t]+)"

# A short word in lower case that joins an office's words: "of", "to the", "des", "für".
_JOINER = r"[a-zß-öø-ÿ]{1,4}"

# What follows a label's separator: a space, the line's end, or the dash or dots of words cut
# off ("Q:—you said", "Q:...and Spain").
_AFTER = r"(?=[ \t—–…]|\.\.|$)"

# Up to twelve words in capitals: the Pentagon's ranks and offices come before the name
# ("PRESS SECRETARY AIR FORCE BRIG. GEN. PAT RYDER:").
UPPER_LABEL = re.compile(
    rf"^{_MD_PREFIX}(?P<label>{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,11}}{_PAREN}){_ADDRESSEE}"
    # Radio's "STEVE INSKEEP, HOST:" and "SCOTT HORSLEY, BYLINE:": a full name, then what
    # they are, read as if in parentheses.
    # Also with an aside: "VOLODYMYR ZELENSKYY, UKRAINIAN PRESIDENT (through translator):",
    # or the office's place after a second comma: "MERVYN KING, GOVERNOR, BANK OF ENGLAND:";
    # an office's long name: "BONNIE JENKINS, UNDER SECRETARY OF STATE FOR ARMS CONTROL AND
    # INTERNATIONAL SECURITY:".
    rf"(?:{_ROLE_SEP}(?P<role>{_UPPER_WORD}(?:(?:[ \t]+|,[ \t]*){_UPPER_WORD}){{0,9}})"
    rf"{_PAREN}(?=:))?"
    rf"{_MD_CLOSE}(?P<sep>:|\.){_MD_CLOSE}{_AFTER}"
)
# A name in capitals alone on its line, the words below it: "JOHN SMITH".
CAPS_ALONE = re.compile(
    rf"^{_MD_PREFIX}(?P<label>{_UPPER_WORD}(?:[ \t]+{_UPPER_WORD}){{0,3}}){_MD_CLOSE}[ \t]*$"
)
# A name of up to seven words with its office and titles ("Chief Medical Officer Professor
# Chris Whitty"), perhaps with what qualifies it in parentheses; or a long office when the holder
# follows in parentheses: "The Cabinet Secretary for NHS Recovery, Health and Social Care
# (Michael Matheson)", and the party after them, as Westminster's Hansard writes it: "The
# Minister of State, Department for Energy Security and Net Zero (Lord Callanan) (Con)".
_MIXED_NAME = (
    rf"{_WORD}(?:[ \t]+[^\W\d_][\w'’.\-]*){{0,6}}{_PAREN}"
    rf"|{_WORD}(?:[ \t]+[^\W\d_][\w'’.\-]*,?){{5,11}}"
    rf"(?:[ \t]*\((?:[^()\n]|\([^()\n]*\)){{1,100}}\)){{1,2}}"
)
MIXED_LABEL = re.compile(
    rf"^{_MD_PREFIX}(?P<label>{_MIXED_NAME}){_ADDRESSEE}"
    # A reporter named with their outlet, as Downing Street's transcripts do: "Laura
    # Kuenssberg, BBC:", "Beth Rigby, Sky News:"; read as if in parentheses. So is an office
    # with the small words that join it, in lower case and of any language: "Charles Michel,
    # President of the European Council:", "Jake Sullivan, Assistant to the President for
    # National Security Affairs:", "Nancy Faeser, Bundesministerin des Innern und für Heimat:";
    # and where they hold it after a second comma: "Amy Hood, Chief Financial Officer, Microsoft:".
    rf"(?:{_ROLE_SEP}(?P<role>{_WORD}(?:(?:[ \t]+|,[ \t]+)(?:{_JOINER}[ \t]+)*{_WORD}){{0,9}}))?"
    rf"{_MD_CLOSE}:{_MD_CLOSE}{_AFTER}"
)
# The Presidency Project's style: "The President. Well, ..." (a title first; see `match_label`).
# One pattern for each length, tried shortest first: "Mr. SMITH. Mr. Speaker, I rise".
# The US Congress's presiding officers: "The SPEAKER pro tempore.", "The ACTING PRESIDENT pro
# tempore.".
_PRO_TEMPORE = r"(?:[ \t]+pro[ \t]+tempore)?"
# Who holds the chair, in parentheses: the Congressional Record's "The PRESIDING OFFICER (Mr.
# Kaine)."
_CHAIR_HELD_BY = rf"(?:[ \t]+\({_WORD}(?:[ \t]+{_WORD}){{0,3}}\))?"
MIXED_DOT_LABELS = [
    re.compile(
        rf"^{_MD_PREFIX}(?P<label>{_WORD}(?:[ \t]+{_WORD}){{{n}}}{_PRO_TEMPORE}{_CHAIR_HELD_BY})"
        rf"{_MD_CLOSE}\.{_MD_CLOSE}"
        rf"(?=[ \t]+[\"“'‘(]?[{_UPPER}])"
    )
    for n in range(4)
]
# Recordings give a time after the name: "Lex Fridman (00:01:02) Welcome", "Speaker 1 (00:05):"
# (in Markdown's bold too, "**Speaker 1 (00:05):**"),
# Rev's published transcripts' "Joe Biden: (00:05)" with the words below,
# or alone on the line above the words (Otter's "John Smith  0:03", Zoom's "[John Smith]
# 10:01:02", "John Smith - 0:03", "John Smith, 0:03", "John Smith 10:01:02 AM").
_STAMP = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
# A time of day, as a meeting tool in a twelve-hour locale writes it after the name ("Priya
# Natarajan 10:02:15 AM").
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?[ \t]?(?i:[ap]\.?m\.?)"
TIMED_LABEL = re.compile(
    rf"^{_MD_PREFIX}(?P<bracket>\[)?(?P<label>{_WORD}(?:[ \t]+(?:{_WORD}|\d{{1,3}})){{0,3}})"
    rf"(?(bracket)\]){_MD_CLOSE}"
    rf"(?:[ \t]*:?[ \t]*[\[(](?P<time>{_STAMP})[\])][ \t]*:?{_MD_CLOSE}(?=[ \t]|$)"
    rf"|(?:[ \t]+(?:[-–—|][ \t]+)?|,[ \t]+)(?:(?P<alone>{_STAMP})|(?P<clock>{_CLOCK}))[ \t]*$)"
)
# One to four capitalised words, or a diarised "Speaker 2": a name alone after a time.
NAME_AFTER_TIME = re.compile(rf"{_WORD}(?:[ \t]+(?:{_WORD}|\d{{1,3}})){{0,3}}")
# Two or three words in capitals, none a title: a name ("RACHEL SIEGEL").
CAPS_NAME = re.compile(rf"[{_UPPER}][{_UPPER}'’\-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’\-]+){{1,2}}")
# An earnings call's "Tim Cook -- Chief Executive Officer" (or "Erik Woodring -- Morgan Stanley
# -- Analyst") alone on its line, the words below; and a role alone: "Operator".
NAME_ROLE_ALONE = re.compile(
    rf"^{_MD_PREFIX}(?P<label>{_WORD}(?:[ \t]+{_WORD}){{0,3}}){_MD_CLOSE}[ \t]+--[ \t]+"
    rf"(?P<role>\S[^\n]{{0,80}}?)[ \t]*$"
)
# A name with its party or seat in parentheses alone on its line, the words below it, as
# Hansard's web pages copy: "Lord Markham (Con)", "Wes Streeting (Ilford North) (Lab)".
PAREN_NAME_ALONE = re.compile(
    rf"^{_MD_PREFIX}(?P<label>(?:{_MIXED_NAME})(?<=\))){_MD_CLOSE}[ \t]*$"
)
# A full name alone on its line, the words below it ("Jane Smith"): a web page's or a meeting
# tool's transcript copied as text; taken where the same name opens two lines or more.
NAME_ALONE = re.compile(
    rf"^{_MD_PREFIX}(?P<label>{_WORD}(?:[ \t]+{_WORD}){{1,3}}){_MD_CLOSE}[ \t]*$"
)
ROLE_ALONE = re.compile(rf"^{_MD_PREFIX}(?P<label>[A-Z][a-z]+){_MD_CLOSE}[ \t]*$")
# Initials before the words with no mark between, as the WHO's press conferences write them
# ("TAG Good afternoon."): labels only where the transcript's speaker key lists them.
INITIALS_LABEL = re.compile(r"^(?P<label>[A-Z]{2,4})[ \t]+(?=[A-Z\"“'‘(])")
# A line of that key: "TAG Dr Tedros Adhanom Ghebreyesus".
KEY_LINE = re.compile(r"^[ \t]*(?P<initials>[A-Z]{2,4})[ \t]+(?P<who>[A-Z][^\n]{2,80}?)[ \t]*$")
# A name, a dash, the words: "Mayor Jane Rivera - Thank you all for coming."; the European
# Parliament's "Ursula von der Leyen, President of the Commission. – Madam President, ..."
# (a name's short particles, what the speaker is, a full stop).
_PARTICLE = rf"[a-z]{{1,3}}(?=[ \t]+(?:[a-z]{{1,3}}[ \t]+)?[{_UPPER}])"
DASH_LABEL = re.compile(
    rf"^{_MD_PREFIX}(?P<label>{_WORD}(?:[ \t]+(?:{_WORD}|{_PARTICLE})){{0,4}})"
    rf"(?:,[ \t]*(?P<role>[^\n–—]{{1,100}}?))?\.?{_MD_CLOSE}[ \t]+[-–—][ \t]+(?=\S)"
)
# A name in bold opening its words, as an interview copied from a web page into Markdown gives
# it: "**Sam Reyes** Our users are field biologists." (with the colon, it is `MIXED_LABEL`).
BOLD_NAME = re.compile(
    rf"^(?:[>\-*][ \t]*)*(?P<b>\*\*|__)(?P<label>{_WORD}(?:[ \t]+(?:{_WORD}|{_PARTICLE})){{0,4}})"
    rf"(?:,[ \t]*(?P<role>[^*_\n]{{1,60}}))?(?P=b)[ \t]+(?=\S)"
)
# A name in square brackets opening its words, as some recorders' exports write a turn: "[Sam
# Ortiz] The search page is done.", "[Speaker 2] Yes." (with a colon, it is `MIXED_LABEL`), and
# with its role after a comma: "[Jane Doe, CEO] Revenue grew."
BRACKET_NAME = re.compile(
    rf"^[ \t]*\[(?P<label>{_WORD}(?:[ \t]+(?:{_WORD}|{_PARTICLE}|\d{{1,3}})){{0,4}})"
    r"(?:,[ \t]*(?P<role>[^\]\n,]{1,60}))?\][ \t]+(?=\S)"
)
# A name and a tab, as a spreadsheet's or a tool's export writes a row: "00:00:05<TAB>Maya
# Chen<TAB>Let us start." (the time is `BEFORE_LABEL`'s).
TAB_LABEL = re.compile(rf"^(?P<label>{_WORD}(?:[ ]+(?:{_WORD}|{_PARTICLE})){{0,4}})\t+(?=\S)")
# A cue's span alone on its line, as Microsoft Teams' and Stream's transcripts write it above
# the speaker's name ("0:0:5.150 --> 0:0:9.200", digits unpadded).
_LOOSE_STAMP = r"(?:\d{1,2}:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?"
TIME_RANGE = re.compile(rf"^[ \t]*(?P<time>{_LOOSE_STAMP})[ \t]*-->[ \t]*{_LOOSE_STAMP}[ \t]*$")
# Before a label, a time ("[00:00:01] John Smith:") or a British committee's question number
# ("Q45 Chair:") is not part of it; nor Hansard's number of an oral or topical question and
# its reference ("Q1. [901234] Mrs Flick Drummond (Meon Valley) (Con):", "T2. [901240]",
# "3. [901236]"; a bare "3." could open a numbered list, so it needs the reference). A time
# may be a cue's span, as whisper and the diarisers after it write each line ("[00:00:01.000 -->
# 00:00:05.500] SPEAKER_00: ...").
_QUESTION_NUMBER = r"[QT]?\d{1,4}\.[ \t]+\[\d{3,8}\]|Q\d{1,4}\.?"
# A chat's clock in brackets, "[10:02 AM] Jane Doe:", as Slack's and Teams' copies give it.
_TIME_BEFORE = (
    rf"\[(?P<clock>\d{{1,2}}:\d{{2}}[ \t]?(?i:[ap]m))\]"
    rf"|[\[(]?(?P<time>{_STAMP})(?:[ \t]*-->[ \t]*{_STAMP})?[\])]?"
)
# An oral question's number alone, as Hansard's web pages give it: taken before a label with a
# member's seat or party in parentheses only ("1. Dr Caroline Johnson (Sleaford and North
# Hykeham) (Con):"), which no numbered list's item is.
QUESTION_NUMBER = re.compile(r"^[ \t]*[QT]?\d{1,4}\.[ \t]+")
# A dash may part the time from the name: Happy Scribe's "[00:00:01.12] - Speaker 1". In
# Markdown the time may open a bold that closes after the name ("**[00:00:03] Sam Ortiz:**",
# `BOLD_BEFORE_LABEL`) or after the time ("**[00:00:03]** Sam Ortiz:").
BEFORE_LABEL = re.compile(
    rf"^[ \t]*(?:{_TIME_BEFORE}|{_QUESTION_NUMBER})(?:\*\*|__)?(?:[ \t]+[-–—|](?=[ \t]))?[ \t]+"
)
BOLD_BEFORE_LABEL = re.compile(r"^[ \t]*(?:\*\*|__)(?=[\[(]?\d)")
# A time alone on its line, or opening it: a caption track copied as text ("0:03", "[00:00:05]
# so today we're going to", whisper's "[00:00.000 --> 00:04.000]  Good morning.").
TIME_LINE = re.compile(rf"^[ \t]*(?:{_TIME_BEFORE})(?:[ \t]+|$)")
# White House style: "Q Mr. President, ..." with no punctuation after the Q; not "Q (Reuters):",
# whose outlet is part of the label.
BARE_Q = re.compile(
    rf"^{_MD_PREFIX}(?P<label>Q){_MD_CLOSE}(?P<sep>[ \t]+)(?=[A-Z\"“'‘(])(?!\([^()\n]{{1,60}}\):)"
)
# Diarised recordings ("Speaker 1:", "SPEAKER_00:", "Spk 2:", Amazon Transcribe's "spk_0:",
# a corpus's "me013:") and anonymised interviews and user research ("Participant 3:",
# "Respondent 2:", "P1:"), a call-in show's "Caller 1:" (or "Caller #1:", "Caller No. 1:"), a
# lecture's "Audience Member 1:": a word (up to three) and a number (taken, as other
# labels in mixed case, where the same one opens two lines), perhaps with the code it goes by
# later: "Participant 3 (P3):".
_NUMBERED_WORD = r"(?:[A-Z][a-z]{1,15}|[A-Z]{2,16})"  # "Caller", "AUDIENCE"
NUMBERED = re.compile(
    rf"^{_MD_PREFIX}(?P<label>(?:(?i:speaker|participant|respondent|interviewee|guest)[ _]?"
    rf"|{_NUMBERED_WORD}(?:[ ]{_NUMBERED_WORD}){{0,2}}[ _](?:\#|No\.?[ ]?)?|[a-z]{{1,8}}_?"
    rf"|(?![QA]\d)[A-Z])\d{{1,3}}{_PAREN}){_MD_CLOSE}:"
    rf"{_MD_CLOSE}{_AFTER}"
)
# A caption track's change of speaker, no name given: ">> WILL THE HOUSE TAKE IT UP?", as
# broadcast captions (CNN, C-SPAN, a council's stream) write it.
CAPTION_TURN = re.compile(r"^>>[ \t]*(?=\S)")
CAPTION_LABEL = ">>"  # the label of such a turn, whose speaker is unknown
# A label in parentheses opening its line, alone or before the words, as Japan's Prime Minister's
# Office writes its press conferences: "(Prime Minister Kishida)", "(Reporter)".
PAREN_LABEL = re.compile(r"^\((?P<label>[A-Z][^()\n]{1,60})\)[ \t]*(?=[A-Z\"“'‘(]|$)")
# The House of Lords' oral question: "Asked by Baroness Wheeler" alone on its line, above the
# question on the order paper ("To ask His Majesty's Government ...") that is hers.
ASKED_BY = re.compile(r"^Asked by (?P<label>[A-Z][^:()\n]{2,60}?)[ \t]*$")
# whisper.cpp's diarised lines: "[00:00:00.000 --> 00:00:04.000]  (speaker 0) Good morning."
SPEAKER_IN_PARENS = re.compile(r"^\((?P<label>(?i:speaker)[ _]?\d{1,3})\)[ \t]+(?=\S)")
# The code a label gives in parentheses and goes by later: "Anna Berg (AB):" then "AB:",
# "Participant 3 (P3):" then "P3:".
LABEL_CODE = re.compile(r"[A-Z][A-Z0-9]{1,3}")
