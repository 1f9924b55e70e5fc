"""The parser's version, kept with each indexed document."""

from __future__ import annotations

# Raised when the same file parses into other turns or metadata than before, so that
# `tqa ingest` reads again the files an older parser indexed. 2: "The President." labels (a
# title, a full stop). 3: times with labels (Rev, Otter, podcasts), "Q45 Chair:", Hansard's two
# parentheses, "A:" and "A.", names alone in capitals, "Mr. SMITH.", short unlabelled lines,
# dates written 2024/03/12 and 12.03.2024, caption tracks copied as text. 4: Zoom's "[Name]
# 10:01:02", "Name - words", SRT saved as .txt. 5: "P1:", "Participant 3:", an interview's "I:"
# and "R:", who a title says is interviewed, a header's "Witnesses: ..." is not speech, "Q:—" and
# "Q:..." (a reporter cut off or resumed), "Chair DURBIN." chairs, prose above a meeting's first
# label is nobody's, "Spokesperson:" after "SPOKESPERSON DUJARRIC:" is Dujarric, "Correspondent:".
# 6: the offices labels give ("Hon. Patty Hajdu (Minister of Health):"), kept with each document.
# 7: a heading in capitals between turns ("STATEMENT OF HON. JANE DOE") is nobody's words; offices
# from the titles before a label's name ("AMBASSADOR KIM:" -> ambassador). 8: labels after a
# paragraph's indent ("    Senator Portman. ..."), a heading of up to three lines, a rule line.
# 9: radio's "STEVE INSKEEP, HOST:", an earnings call's "Tim Cook -- Chief Executive Officer"
# and "Operator" alone on their lines. 10: reporters named in capitals ("RACHEL SIEGEL. Hi,"), and
# a chair who answers questions ("CHAIR POWELL.") is the official. 11: "0:00:05.2 Raj Patel" alone.
# 12: "The Convener (Clare Haughey):", a long office before its holder ("The Cabinet Secretary for
# Health and Social Care (Michael Matheson):", an office too), "the" alone is no title. 13: a
# host named so once ("STEVE INSKEEP, HOST:", "Ann Lee (Moderator):") hosts throughout. 14: the
# Lord Speaker chairs; "Baroness" and "Viscount" are titles. 15: the chair addressed as the
# Commons does ("Mr Speaker:", "Madam Deputy Speaker (Dame Rosie Winterton):", "Mr. Chairman:"),
# and "Madam" is a title ("Madam Secretary:" is the Secretary, not somebody named Madam).
# 16: a US hearing's "The Chairman." chairs; "And a follow-up on Brazil:" is no label ("and" joins
# a title's words, it is none); "Interviewer:", "Correspondent:" are shown as written. 17: India's
# "SHRI", "SMT." are titles, and a holder in capitals in parentheses is title-cased ("THE MINISTER
# OF CONSUMER AFFAIRS (SHRI PIYUSH GOYAL):" is Piyush Goyal, holding that office). 18: a label
# that ends with an office and a full name opens a turn even once ("Transit Director Sam Okoro:").
# 19: a transcript whose text gives no date takes the one its file name gives. 20: Rev's
# published "Joe Biden: (00:05)" (a colon before the time), "Speaker 1: (1:02:05)" included;
# "Ann Lee - 00:05" alone on its line; a time alone on a line between turns (Google Meet's
# "00:05:00") marks the turns below and is not the last speaker's words; "NAME, WHAT THEY ARE
# (through translator):"; the European Parliament's "Ursula von der Leyen, President of the
# Commission. – Madam President, ..."; Downing Street's "Laura Kuenssberg, BBC:"; a title line
# with lower-case words ("Prime Minister's statement on coronavirus: 10 May 2020") is no label;
# "SEC." is a title, and abbreviated titles name whole offices ("GEN. MILLEY" -> general);
# without a chair, one who holds the floor and answers named speakers who each ask a few times
# at most is the official, they reporters (a briefing's "AFP:", "Laura Kuenssberg, BBC:");
# a title's "Remarks by President Biden" names Biden; a header's "Guest: Dr. Maria Lopez, urban
# economist" names who "Guest:" is; a full name alone above the words ("Jane Smith"), where the
# same name opens two lines or more. 21: one word in capitals among labels in mixed case is an
# abbreviation kept as written ("AFP:"); and files read by an index built while 20's changes
# were landing (the same day) are read again. 22: a header's list of who takes part ("Members
# present: Greg Clark (Chair); ...", "Witnesses: Professor Rose Luckin, UCL; ...") names the
# chair and gives surnames their full names. 23: Hansard's question number and reference
# before a label ("Q1. [901234] Mrs Flick Drummond (Meon Valley) (Con):"), and "hon." and
# "Rt." no longer end a sentence ("my right hon. Friend"); a byline's office names who that
# office's label is ("briefing by Stéphane Dujarric, Spokesman for ..." -> `Spokesman:`), and an
# editor's note above the transcript ("The following is a near-verbatim transcript ...") is
# nobody's words; a seat in a label's parentheses makes its speaker the member for it; an
# earnings call's analyst ("Erik Woodring -- Morgan Stanley -- Analyst") is a reporter. 24:
# files read by an index built while 23's changes were landing (the same day) are read again.
# 25: a news anchor hosts ("WOLF BLITZER, CNN ANCHOR:"), a stage direction that ends a turn
# ("(BEGIN VIDEO CLIP)") is left out of it, and a title with a dash is not a header's label.
# 26: so is a transcriber's note in brackets ("[Whereupon, the subcommittee was adjourned.]");
# an office before a name in parentheses is that speaker's ("Host (Ruth Adler):"). 27: a
# heading between turns gives a surname label its full name ("STATEMENT OF JOAN CARTER"). 28:
# a family name's particles ("Fernández de Soto Valderrama"); a header's "President: ..." that
# is prose is a turn ("I give the floor to Mr. Wennesland."); how a member spoke ("(spoke in
# Russian)") or a time is no seat; Australia's "(Grayndler—Prime Minister)" gives the office.
# 29: no change here; the index's words leave accents out ("Québec" is "quebec", not "qu" and
# "bec"), and every file is read again so that the BM25 index is built anew. 30: a
# deposition's title names who answers ("DEPOSITION OF JAMES WHITFIELD") and its
# "EXAMINATION BY MS. LOWRY:" who asks; "COUNCIL MEMBER RUIZ:" is Ruiz, a council member; a
# header's label in capitals followed by a sentence is a turn ("MAYOR GREEN: I SUPPORT ...");
# "APPEARANCES:" lists counsel; "TRANSPORTATION DIRECTOR OKAFOR:" is Okafor. 31: a user
# study's "Participant:" answers its "Interviewer:"; the European Parliament's "Manfred Weber,
# on behalf of the PPE Group. – " is a label though he speaks once. 32: labels in brackets
# ("[Maya Chen]:"), an office after a dash ("Sarah Lin — CEO:"), a company's officers and a
# treasurer are titles; "(Editor, Valley Ledger)" is no seat and party. 33: an interview's
# initials name whom its header names ("JR:" is Jane Roe of "Interviewed by Jane Roe"); Otter's
# "Unknown Speaker" is nobody known. 34: "ENDS", "[END]", "-ENDS-" close a transcript. 35: a
# full name alone with a meeting tool's time below it opens a turn though it does so once. 36:
# a header's line that opens with a date ("Taken on Tuesday, September 17, 2024, at the offices
# of ...") is not the principal speaking. 37: a long office with a comma names its holder in
# parentheses ("The Cabinet Secretary for NHS Recovery, Health and Social Care (Michael
# Matheson):"); "McKENZIE" is McKenzie; "Members in attendance:" lists people and is no title;
# a role's holder after a dash or in parentheses is the speaker ("Guest - Omar Said:", where the
# text writes "guest" in lower case), and their name stops at a comma ("Moderator (Ann Lee,
# CNN):" is Ann Lee); superintendent, dean, provost and clerk are titles ("CLERK:" is The
# Clerk); a header's place is one the text never writes in lower case ("Rebuilding Trust in
# Science" is in no place called Science); the labels a format's markup gives (a caption's voice
# tag) are labels though each opens one turn; a cue's span above a name ("0:0:5.150 -->
# 0:0:9.200" / "Ravi Shah", Microsoft Teams' text) is a time mark, and the name a label though it
# opens one turn. 38: a role of two or three words that the text writes in lower case names its
# holder too ("Public Comment - Maria Lopez:" is Maria Lopez, "Will Young (Forest Green):" still
# Will Young); "THE COURT:" and "THE WITNESS:" keep their article, as "THE PRESIDENT:" does.
# 39: a long office's holder in parentheses may be a title and a surname, and a party may
# follow ("The Minister of State, Department for Energy Security and Net Zero (Lord Callanan)
# (Con):", as the House of Lords' Hansard writes it, is Callanan, no longer words of the turn
# above). 40: a Q&A's answers ("A:") are those of whom its title names after a title when no
# "Interview with ..." names anyone ("'We are running out of time': Dr. Amara Okafor on
# antibiotic resistance"), and its prose outside any label (the magazine's introduction) is
# nobody's, as a meeting's is. 41: a speaker key above the transcript ("TAG Dr Tedros Adhanom
# Ghebreyesus", "MK Dr Maria Van Kerkhove") makes its initials labels with no mark after them
# ("TAG Good afternoon."), as the WHO's press conferences write them. 42: any word and a
# number is a speaker's label where the same one opens two lines ("Caller 1:", "Spk 2:"; it had
# been taken for a header's field, its words the turn above's). 43: "25/01/2022" is 25 January
# (a date with a slash whose first number cannot be a month had been no date at all). 44: an
# answer's label that is a word ("Interviewee:", "Respondent:") names its speaker where no
# header names the person answering (it had been "unknown"). 45: where the turns of askers'
# labels never ask and the others' mostly do, the askers' labels answer: a user study's
# "Participant:" answering its "Facilitator:" (roles had been the other way round). 46: "Media:"
# asks, as New Zealand's post-Cabinet press conferences write it (it had been a web page's
# field, and the reporters' questions words of "PM:"); a page's "Media: Getty Images" above
# the transcript is still its header. 47: the US Congress's "The SPEAKER pro tempore." and "The
# ACTING PRESIDENT pro tempore." are labels of the presiding officer (a House record whose
# members each spoke once had had no labels at all). 48: an office of a place before the name
# ("President of Russia Vladimir Putin:", the Kremlin's style) is the office, and the name its
# last words (it had been "Russia Vladimir Putin", another speaker than "Vladimir Putin:").
# 49: "A:" beside "B:" (a conversation's speakers by letter) is a speaker; it had answered
# as beside "Q:", and without a "Q:" its lines had been the header's and B's words.
# 50: whisper's cue span opening a line ("[00:00:01.000 --> 00:00:05.500]") is a time before a
# label ("SPEAKER_00:", whisper.cpp's "(speaker 0)") or before words alone; the spans had been
# words of the quotes, and the speakers unknown.
# 51: a name in bold opening its words ("**Sam Reyes** Our users ..."), or before a tab
# ("00:00:05<TAB>Maya Chen<TAB>Let us start."), labels them where it does so twice (the names
# had been words of the quotes, and the turns nobody's).
# 52: a party's letter before the state ("SEN. SUSAN COLLINS (R), MAINE:") is no seat; the
# titles before the name give the office ("senator"; it had been "Member for R").
# 53: a label in capitals of seven words ("SECRETARY OF DEFENSE LLOYD J. AUSTIN III:", six
# had been the most); a generation after a name ("III", "Jr.") is left out of it, as a
# post-nominal is, so that "SEC. AUSTIN:" is Lloyd J. Austin; an office of a place keeps the
# name's initials ("Lloyd J. Austin", not "J. Austin").
# 54: the Oireachtas's chairs ("An Ceann Comhairle:", "An Cathaoirleach:" and their deputies)
# and South Africa's "The CHAIRPERSON:" run the sitting (the first had been the header's words
# where it opened the debate, the second an official, and so the members asking reporters).
# 55: "Interview by Lena Park" names who asks (her `Q:`; it had been read as whom the
# interview features, and so every unlabelled answer was hers); an unlabelled transcript's
# words are whom its title features ("Dr. Amara Okafor on ...") before the header's other
# names; a question wholly in bold or italics in a file without labels is the interviewer's.
# 56: a name in capitals keeps its hyphen's capital ("JEAN-PIERRE" is Jean-Pierre, not
# Jean-pierre), and the records' "DeSANTIS" and "LaHOOD" their prefix, as "McKENZIE" did.
# 57: an oral history's header says who asks and who answers ("Interviewer: David Ross",
# "Interviewee: Margaret Chen", or "conducted by David Ross": its `Q:` and `DR:`), and a line
# about the interview ("Interview with ..., conducted by ...") is nobody's words; a header's
# "Location:" is the place and "Title:" the title.
# 58: a recogniser's speakers ("Speaker 1", "SPEAKER_00", "Speaker A") hold no office (each
# had been "the speaker", as a parliament's chair is).
# 59: an abbreviated title's full stop ("REP. DeSANTIS:", "SEN. Collins:") is no label's end (it
# had been "REP." alone, "The Rep").
# 60: a web page's or a Word document's paragraph wholly in bold that asks is written
# `**...?**`, the interviewer's question (it had been the interviewee's words, and in Word a
# short one the name of who speaks next).
# 61: only a letter is an initial there ("President of China Xi Jinping" had kept "China").
# 62: a Markdown heading of a name ("### Jane Doe") labels the words below it, as a name in
# capitals alone does; a heading that names nobody ("## Action items") ends the turn above it; a
# dated heading of two words is the title ("# Product review, 12 June 2024").
# 63: minutes' key to their initials ("JD = Jane Doe (chair)") names them (they had been "Jd");
# King, Major and Dean end a name as its surname ("Mark King" had been "Mark"); "L. KING:" beside
# "M. KING:" is whichever full name has that initial; an office's place after a second comma
# ("MERVYN KING, GOVERNOR, BANK OF ENGLAND:") is still a label; "With", "Of" and the like are
# never a name's ("Interview With Mervyn King" had been one).
# 64: a caption's ">>" with no name after it opens a turn of someone unknown (it had been words
# of the turn above, a named speaker's); a first label's words in capitals that end a sentence
# on a word of two letters ("THANK YOU FOR HAVING ME.") are speech, not the name it stands for.
# 65: a chat's clock in brackets before a label ("[10:02 AM] Jane Doe:", Slack's and Teams'
# copies) is the turn's time, as 24 hours (it had been "AM]" and the label words of someone
# unknown); whom the title features gives a surname label their full name ("Press
# availability with Minister Ana Ruiz": `MINISTER RUIZ:` had been "Ruiz").
# 66: a name that gives its initials once ("Anna Berg (AB):") and then speaks by them ("AB:")
# is a label though it opens one line (its words had been the header's, and "AB" "Ab").
# 67: a Word document's or a web page's table of turns, a row each (a time, a name, the words, in
# any order) is read as `[time] Name: words` (Word's tables had been left out, a page's cells
# each a paragraph, so that a name's words were the name above's).
# 68: a role, a title and a name, or a full name in parentheses opening a line ("(Prime Minister
# Kishida)", "(Reporter)", as Japan's Prime Minister's Office writes its press conferences) is a
# label where such labels open two lines (the reporters' questions had been the Prime Minister's).
# 69: a PDF page's line numbers, as a court reporter writes them (1, 2, 3 ... before most of its
# lines), are left out of the extracted text (no label had been read after them, and the numbers
# had been words of the quotes).
# 70: a web page's or a Word document's paragraph wholly in italics that asks is the
# interviewer's question, as one in bold is (it had been the interviewee's words).
# 71: a role's or a number's code in parentheses is what the label goes by later
# ("Interviewer (IV):" then "IV:", "Participant 3 (P3):" then "P3:"): the same speaker, in the
# same role ("Participant 3 (P3):" had been words of the turn above, and "IV" another speaker).
# 72: "Q (Reuters):" is a reporter's label with their outlet ("(Reuters):" had been the first
# words of a bare Q's question).
# 73: a diariser's number with a name in parentheses ("Speaker 1 (Jane Doe):") is that name (no
# label had been read).
# 74: Westminster's minister named after the office ("The Parliamentary Under-Secretary of State,
# Department of Health and Social Care (Lord Markham) (Con):", whose answer had been words of
# the turn above); the Lords' "Asked by Baroness Wheeler" above her order-paper question (it had
# been nobody's); an oral question's bare number before a label with a seat or a party ("1. Dr
# Caroline Johnson (Sleaford and North Hykeham) (Con):") and New Zealand's addressee after it
# ("Hon CHRISTOPHER LUXON (Leader—National) to the Prime Minister:"), both nobody's before; an
# office of several words after a comma ("Charles Michel, President of the European Council:");
# a study's "R:" where nobody is named is its respondent (it had been someone unknown); a time
# opening a line of a turn ("(00:01:02) The chimpanzees ...", a podcast's transcript) marks the
# words after it and is not part of them; a file's first line whose words after a colon are a
# title's ("Transcript for Dr. Lena Ortiz: Coral Reefs and Ocean Heat | Podcast #212") is its
# title, not her label (it had been quoted as her words); in captions, a bare ">>" or a line
# opening with a dash ("- A half-cent sales tax.", subtitles' dialogue) opens a turn of someone
# unnamed (they had been one turn, the dashes in its words); Hansard copied from its web pages,
# each name alone on its line above the words ("Lord Markham (Con)", "Wes Streeting (Ilford
# North) (Lab)", "Baroness Wheeler", "Dr Johnson", "Mr Speaker"): where one of them names
# someone twice, however written (an office with "(Lord Markham)" and "Lord Markham (Con)"),
# they all label turns (every turn had been someone unknown's, the names among the words), and
# a title with its dot does not cut one short ("Right Hon. Justin Trudeau (Prime Minister,
# Lib.)" had been the label "Right Hon." before the words "Justin Trudeau ...").
# 75: a hearing's heading with a middle initial ("STATEMENT OF JANET L. MORROW, SECRETARY,
# DEPARTMENT OF THE TREASURY") is a heading that names the witness, not the label "STATEMENT OF
# JANET L." (the rest of the heading had been a turn of someone called "Opening Statement").
# 76: a peer is named with their title, as they are known: "Lord Markham (Con):" and "(Lord
# Markham)" are Lord Markham, "Baroness Wheeler (Lab):" Baroness Wheeler, "Lord Allan of
# Hallam (LD):" Lord Allan (they had been "Markham", "Wheeler" and "Allan").
# 77: a short note in brackets opening a turn's words is not said, and the turn starts after
# it: "PRESIDENT ZELENSKYY: (As interpreted.) Now is not the time ...", "Q: (Inaudible) seems
# pretty late." (the note had opened the first quote of the turn).
# 78: the Congressional Record's chair with who holds it, "The PRESIDING OFFICER (Mr. Kaine).",
# is a label (it had been words at the end of the turn above).
# 79: the part a header's list of who takes part gives someone is their office where their
# labels give none: "Attendees: Priya Raman (PI), Tomas Berg" makes "the PI" Priya Raman.
# 80: an office that ends in an occupation before a name ("GENERAL MANAGER ROBERT HALE:",
# "City Planner Tom Hale:") names the person, the office "general manager" (they had been
# "Manager Robert Hale" and "City Planner Tom Hale").
# 81: an Australian minister's transcript: the office on the line beside a name with its honours
# ("PRIME MINISTER" above "THE HON ANTHONY ALBANESE MP") names who `PRIME MINISTER:` is (it had
# been "The Prime Minister"; the office had been the title), and "SUBJECTS:" is the header's
# (it had been a speaker).
# 82: a list's items with labels, where the turns are not listed, are notes, not turns: a
# meeting's "## Action items" with "- Luis: finish the migration" (they had been turns of "Luis",
# who never said them).
# 83: a first name alone as a label ("Maya:") is the one full name the header or another label
# gives with it ("Attendees: Maya Chen, Luis Ortega"); it had stayed "Maya", whom "What did
# Maya Chen say ...?" did not find.
# 84: text with no punctuation over more than 40 words (automatic captions) is cut into
# sentences of about 20 words: the whole recording had been one sentence, and its one quote.
# 85: ... only in a transcript written without punctuation (fewer than one sentence's end in
# a hundred words): 84 had cut QMSum's long unpunctuated run-ons too, moving 300 training
# candidates and the chunks around them (qmsum-val scoped 0.712 -> 0.708 once retrained).
# 86: a speaker key's initials need not be its names' first letters, only found in them in
# order: the WHO's "HE Helen Branswell" (her question had been the moderator's words).
# 87: a court reporter's text file, its lines numbered 1 to 25 on every page, is read as a
# PDF's pages are (the numbers left out, wrapped lines joined, page marks), and a trial's
# examinations say who its `Q.` and `A.` are from there on: "BY MS. OKAFOR:" and "RYAN CHO,
# GOVERNMENT'S WITNESS, SWORN" (every label had been words after a number, the whole trial one
# turn).
# 88: a bare office after the label that named its holder is that holder, where the office
# holds a word no title has: "The PRESIDING OFFICER." after "The PRESIDING OFFICER (Mr.
# Kaine)." is Kaine (it had been someone called "The Presiding Officer").
# 89: a full name that labels a turn once, where its first name alone labels others ("Maya
# Chen:" opening a meeting, "Maya:" after it), is a label: the turns above the first repeated
# label had been the header, and no one's words.
# 90: a person's name before sentences above the labels that repeat is a label too: a host's
# "Jane Doe: Welcome to the call. I will hand over to Bob." (it had been the header's).
# 91: a page's key that asks again and again is an interviewer: a magazine's "TIME: How is
# the counteroffensive going?" (its questions had been left out as a page's "Time:").
# 92: remarks by an office holder named in the title ("Remarks by President Biden on the
# Economy") make its label of the office ("THE PRESIDENT:") that person (it had been "The
# President").
# 93: diarised speakers in lower case ("spk_0:", Amazon Transcribe's; "me013:", a corpus's)
# label turns, and among numbered labels that repeat, one that opens a single turn does too
# (the whole file had been no one's words).
# 94: a role's first name in the header, with what the person is in parentheses
# ("Moderator: Priya (UX research)"), names who the role's label is (the line had been the
# moderator's first turn).
# 95: a label in two languages, the other before a slash, is its English label where that is a
# role or an office: the Senedd's "Y Cadeirydd / The Chair:" and "Y Prif Weinidog / The First
# Minister:" (they had been words of the turn above).
# 96: a text file that is mostly a Markdown table has its rows read as a web page's table's
# are: a table of turns (`| 00:00:02 | Dana (Acme) | We have ... |`) is `[time] Name: words`
# (the file had been no one's words, and nothing of it indexed).
# 97: a name, a comma and a time alone on the line above the words ("John Smith, 00:00:05"), as
# a name with a dash or spaces before the time is (they had been no one's words).
# 98: a title's office before its holder's name ("Interview with the Chancellor, Jeremy Hunt")
# is that person's office (a label of it names them; they had held none, so "What did the
# Chancellor say?" found no one).
# 99: of two speakers, one who asks whom the title features in a third of their turns, and more
# often than they are asked back, is the interviewer (an interviewer's statements, "But the tax
# burden is still at a post-war high.", had made Nick Robinson an official).
# 100: "I:" once, among labels that repeat, numbers a committee's panel of witnesses (it had been
# an interviewer's turn, and the members asking officials); a company after a role in
# parentheses ("Dana Whitfield (Ops Lead, Acme)") is no party after a seat (she had been the
# "Member for Ops Lead"): a party so written is in capitals or cut short ("NDP", "Lib.").
# 101: a speaker key's first name alone ("MA Marie", as the WHO keys journalists) labels that
# journalist's turns (her questions had run on in the moderator's turn that introduced her).
# 102: a UTF-8 byte order mark before the first line hides neither a label (every turn of a
# file opening "\ufeffAnna Berg: ..." had been nobody's) nor the title.
# 103: so neither do zero-width spaces and direction marks before a line's words, and a
# no-break space after a label's colon ("MR. PRICE:\u00a0Good afternoon.") is a space.
# 104: in a file where no label opens a line, labels run together within a paragraph ("Anna
# Berg: ... Tom Ruiz: ...") open turns after a sentence's end (it had been one unknown turn).
# 105: the Oireachtas's chairs hold their office in English ("An Cathaoirleach:" is the Chair,
# whom "What did the chair say?" names).
# 106: a name with a long office joined by small words of any language ("Jake Sullivan,
# Assistant to the President for National Security Affairs:", "Nancy Faeser, Bundesministerin
# des Innern und für Heimat:") is a label, and one who speaks once so before the labels that
# repeat opens a turn (their words had been the turn above's).
# 107: a title and a surname above the record name the office's holder (the UN's "President:
# Mr. Fernandes (Mozambique)" had opened a turn of the President's holding the record's notes).
# 108: a dash between a time and the name below it (Happy Scribe's "[00:00:01.12] - Speaker 1";
# every turn had been nobody's).
# 109: what square brackets hold after a name is read as if in parentheses ("Jane Okoro
# [CISO]:", "SEN. TED CRUZ [R-TX]:"; every such line had been nobody's words).
# 110: a label in capitals of up to twelve words, not seven ("PRESS SECRETARY AIR FORCE BRIG.
# GEN. PAT RYDER:"; his opening had been a turn whose words began with the label).
# 111: a name with no title before it holds no seat ("DAN MORRIS (Station Manager, WKRP):" had
# been the "Member for Station Manager"); a job and employer so written is their office.
# 112: a label in mixed case of up to seven words, not five ("Chief Medical Officer Professor
# Chris Whitty:"; his words had been the turn above's).
# 113: a professor's title after an office before a name is the holder's ("Chief Medical Officer
# Professor Chris Whitty:" is the chief medical officer, not the "chief medical officer
# professor" no question names).
# 114: a `GUEST:` label is whom the host's first words introduce ("My guest tonight is the
# economist Sam Patel"; it had been a speaker called "Guest").
# 115: a header's witness listed with an office and where they are from ("Witnesses: Pat Cullen,
# General Secretary and Chief Executive, Royal College of Nursing; ...") holds that office where
# their labels give none ("the general secretary", "the RCN" had found nobody).
# 116: a title's office before its briefer's full name is theirs ("Foreign Ministry Spokesperson
# Mao Ning's Regular Press Conference", "Press conference by NATO Secretary General Jens
# Stoltenberg"), so "the spokesperson" finds her where no label gives it.
# 117: a caption names its speaker before a colon only: broadcast captions are in capitals, and a
# cue opening "WE HAVE FOUND THEM ..." had been a speaker "We" (a speaker key's style).
# 118: a byline's office is its briefer's ("Matthew Miller, Department Spokesperson" had named
# him only for a `SPOKESPERSON:` label, and "the spokesperson" found nobody); an interview's
# title gives an office in lower case ("An interview with Priya Raman, chief executive of
# Northwind Software") and who asks after a closing "by" (", by Tom Ellis").
# 119: an office's head before what it is of ("(Privacy Commissioner of Canada, Office of the
# Privacy Commissioner of Canada)", which had given no office: "privacy" opens it); a seat of
# two places ("(South Shore—St. Margarets, CPC)") is the member's, its second place no office.
# 120: a list of who takes part, a line each ("Dana Whitfield - Vice President, Investor
# Relations", an earnings call's participants) names who speaks once with their name alone on a
# line (their words had been the turn above's: an analyst's question the operator's), and gives
# each their part as an office ("the CEO" had found nobody).
# 121: each document keeps the words it writes with a capital inside a sentence, for reading a
# question typed in lower case (its turns and offices are as before).
# 122: a Markdown bold wrapping a label and its words ("**Q: Is there a plan B?**") closes
# after the words, not inside them (the question had ended "plan B?**").
# 123: an asker's employer is part of their office: "Analyst, Morgan Stanley" of "Erik Woodring
# -- Morgan Stanley -- Analyst", "Reporter, WION" of "Question (Sidhant Sibal, WION)" (who had
# been "Analyst" and no office), as "the Morgan Stanley analyst" and "the reporter from WION"
# name them.
# 124: of two named speakers, the one who puts questions in a third of their turns or more, and
# more often than the other, interviews, though their turns end on a statement ("What killed the
# Ledger? People assume it was the internet."); only where the title featured the other had
# that been read (and only from turns ending on "?").
# 125: a Markdown bold opened before a label's time ("**[00:00:03] Sam Ortiz:** ...", or
# "**[00:00:03]** Sam Ortiz: ...") is read past: no turn had been found.
# 126: a name in bold alone on its line labels the words below it though said once, between two
# that repeat ("**Kira Novak**" above her only question had left it in Sam's turn); a line
# wholly in bold that is no sentence ("**Action Items**") ends the turn above it, as a Markdown
# heading does.
# 127: of two speakers with no guest featured, one interviews only when they put questions in
# three turns or more, a third of theirs, and twice as often as the other: a meeting of two
# where one asked once ("What caused it?") had made them an interviewer since 124.
# 128: a name in square brackets opens its words ("[Sam Ortiz] The search page is done."), as
# some recorders' exports write turns, where one so written opens two lines or more; they had
# been nobody's.
# 129: a moderator who gives the floor by name ("The next question is from Jamie Morrison from
# Sky News.") to two speakers or more, who put questions, makes them reporters, the moderator
# a moderator and the others officials, with where the introduction says each works as their
# office ("Reporter, Sky News"): a WHO press conference had been a meeting of participants, so
# "According to a reporter, ..." found no reporter. One word in an asker's parentheses is
# their outlet, which calls them: "Journalist (Politico):" is Politico, "Journalist,
# Politico" (every asker had been one "Journalist").
# 130: a seat before a dash and an office is read by the place before the dash: Australia's
# Senate's "Senator WONG (South Australia—Leader of the Government in the Senate) (14:06):"
# holds that office (it had been "senator": the whole was too long for a seat).
# 131: the title gives a surname's label its full name as a heading between turns does:
# "Lunch with the FT: Margrethe Vestager" above `Vestager:` (she had been "Vestager"; a title
# reading "interview with" had been needed). Not a word of whose she is ("EU's Vestager").
# 132: a title's words in capitals on the file's first line, after a colon, make a title, not a
# turn: "NCAA WOMEN'S BASKETBALL TOURNAMENT: ELITE EIGHT" above a post-game press conference
# had been a speaker (three words or more had been needed). "THE MODERATOR:" moderates as
# "MODERATOR:" does (it had been an official). A header's "Moderated by Dana Whitfield" (or
# "Hosted by", "Chaired by") makes her the moderator (host, chair), and `MODERATOR:` her; a
# moderator or host so named moderates (a chair, who may decide as much as ask, keeps the
# role the turns give, as a key's "JD = Jane Doyle (chair)" does).
# 133: numbered speakers who ask, beside named ones who answer, are reporters, as Rev writes a
# press conference's askers ("Speaker 4: (02:05)" asking "Governor Ana Reyes: (00:04)"): two
# or more who put questions in half their turns, three turns at most each; the named then
# answer as officials (all had been a meeting's participants). "Sheriff" is a title.
# 134: an office after a member's party is theirs, as American television writes it: "SEN. JOHN
# THUNE (R-SD), MAJORITY LEADER:" holds "MAJORITY LEADER" (it had been "senator"; a state,
# "(R), MAINE", is still none).
# 135: a header's list of names with their parts in a column of their own ("Judith Paget   Chief
# Executive, NHS Wales", three spaces or a tab between, two lines or more) gives those parts as
# offices, as the Senedd's committees list members and witnesses; Welsh "ap" and "ab", and
# "zu", "ter", "ibn", "bint" join family names ("Mabon ap Gwynfor" had been no name).
# 136: the office another speaker puts before a speaker's name is theirs where nothing else
# gives one: "I'm joined by Cal Fire Chief Tom Whitaker and Sheriff Linda Park", "former school
# superintendent Raymond Teague" above `TEAGUE:`, "head coach Denise Alvarado" (a title's word
# last, the capitalised words before it qualifying it; not a sentence's first word). "Coach",
# "Congressman" and "Congresswoman" are titles. One training transcript gains an office
# (qmsum-train's education_14: "Councillor Huw David").
# 137: a title naming two briefers gives the second's office too: "Press Briefing by Press
# Secretary Maya Torres and National Security Adviser Paul Greer".
# 138: a numbered label of two or three words is a label as one of one word is: a lecture's
# "Audience Member 1:" (its words had been the speaker's above: "Audience Member 2: Have you
# compared it ...?" quoted as Dr. Ortiz's).
# 139: a person a number tells apart opens a turn even where the label opens one line only
# ("Guest 2:", "Respondent 12:"; a list's "Item 2:" does not), and the number may follow "#"
# or "No." ("Caller #3:", "Juror No. 5:"), the words in capitals ("AUDIENCE MEMBER 2:"): their
# words had been the speaker's above.
# 140: a numbered label that says nobody is known ("Unknown Speaker 2:", "UNIDENTIFIED MALE
# 2:") is unknown, as one without a number is (it had been a participant).
# 141: a possessive's letter stays small when words in capitals are written as a name is
# ("WOMEN'S" -> "Women's", not "Women'S").
# 142: columns with bars between them but not around them ("Anna Berg | 00:00:05 | We start
# with the budget today."), blank lines between rows or not, are a table of turns; such a line
# had been taken for a web page's breadcrumbs and dropped, so the file had no turn at all.
# 143: a time inside a bold label ("**Anna Berg (00:00:05):** words", Rev's layout in Markdown)
# locates the turn (the turn was read, its time not).
# 144: a mixed-case label with a name, an office and where it is held after two commas ("Amy
# Hood, Chief Financial Officer, Microsoft:") is a label, as one in capitals was; its turns had
# been read as the speaker's above, labels and all.
# 145: a court reporter's numbered lines set in below a label by the same depth as most such
# lines are ("A.  Around the 20th ..." over "      health workers ..."), as a public inquiry's
# are, wrap the label's turn (each had been a paragraph of its own, and one that read as a name
# a label); an inquiry's witness "PROFESSOR DAME ANGELA REID (sworn)" answers its `A.`, and its
# "Questions from LEAD COUNSEL TO THE INQUIRY" puts the `Q.` in the mouth of who speaks next
# under a label of their own (they had been the last labelled speaker's, and "Reporter"'s).
# 146: Hansard's subject headings between turns ("Housing", "Nuclear Energy": lines alone in
# Title Case without a sentence's end, after one and above a label, two or more of them) end
# the turn above; they had been its last words, and so a quote's.
# 147: an asker named in parentheses opening a `Q:` turn, as the FIA's press conferences write
# them ("Q: (Andrew Benson – BBC Sport) Lando, ..."), is that asker (every one had been
# "Reporter"); a parenthesis's name may stand before a dash and where they work, as before a
# comma; "QUESTIONS FROM THE FLOOR" names nobody, and an examination's office is whoever
# speaks next only if they ask.
# 148: a time of day after the name alone on its line, as meeting tools in a twelve-hour
# locale write it ("Priya Natarajan 10:02:15 AM"), makes a label and marks the turn (the names
# and times had been words of one turn of nobody's); a clock's seconds are kept.
# 149: "Interview with Dorothy Kowalski by Marcus Bell" names the interviewer without a comma
# before "by" (the initials "MB:" had been nobody known: "Mb").
# 150: the lines that swear a witness in or say who puts an examination's questions end the
# turn above (an inquiry's "PROFESSOR DAME ANGELA REID (sworn)" in mixed case had been counsel's
# words), and an examiner named by office ("Questions from LEAD COUNSEL TO THE INQUIRY") holds
# it; where a transcript's seats come with an office after a dash (Australia's
# "(Grayndler—Prime Minister)"), one place alone in parentheses is a seat too ("Ms CHESTERS
# (Bendigo)": "the member for Bendigo").
# 151: a line break before a list's item ends a sentence where the line above is an item or
# ends a phrase ("- Tom: loosen the alert (Wed)" / "- Kwame: snapshot in staging"): a meeting's
# notes had been one quote of all their items; a list's number opening a line ("1. Design
# freeze") ends no sentence.
# 152: an asker holds where they work as an office ("Reporter, CNBC") where their first turn
# opens with their own name and it ("Steve Liesman, CNBC.", "Nick Timiraos of the Wall Street
# Journal."), where the parenthesis after `Q` names it after a dash ("Q (Andrew Benson – BBC
# Sport)"), or where their label is the outlet alone ("AFP:"): "the AFP reporter", "the
# reporter from CNBC" had found nobody.
# 153: a web page's <footer> is left out, as its navigation is (a page short enough for
# readability to keep whole had given the footer's address to the last speaker).
# 154: a speaker whose every turn is short and who names whoever speaks next in two of them or
# more ("MICHELLE SMITH. Steve." before "STEVE LIESMAN. ...") moderates (she had been an
# official).
# 155: a name in square brackets opening its words may carry a role after a comma ("[Jane Doe,
# CEO] Revenue grew."), and a role alone is a label there too ("[Operator] Welcome."), not a
# stage direction ("[Laughter]"): such files had been one turn of nobody's.
# 156: a header's list below its key, a line each ("Present:" above "Fiona Grant (Chair)",
# "Martin Osei (Chief Executive)") names who takes part and their parts, so `THE CHAIR:` is
# Fiona Grant and `MR OSEI:` Martin Osei; a label that is "the" and an office ending on an
# office's word ("THE COMPANY SECRETARY") is that office, not a person called "Company"; a
# header's "Moderator: Prof. James Okoro" makes him moderate and "the moderator" (his label's
# title had made him an official, "the professor"); and an asker or a recogniser's speaker
# whose label names nobody goes by the name they give as they open ("Hi, I'm Leah, ...", "Tom
# Reyes, from the state utility commission.", "Q: Thank you, Mr. President. Yamiche Alcindor
# from PBS NewsHour." and the same label's next turn after a word of the floor's; "Speaker 2"
# in all their turns).
# 157: ... also after whom they address by a title: "Mr. President, Ross Palombo from ABC News
# Miami." (press-dev's 2020-03-13: one more asker named).
# 158: an office a comma sets beside a name another speaker says, after "the": "Here's the Fed
# chair, Jerome Powell," and "Ana Ruiz, the county sheriff," ("Thank you, Madam Chair, Senator
# Hale" addresses the chair); qmsum-train's education_15 gives Frank Atherton "Chief Medical
# Officer" (no training question names that office).
# 159: a header's key joining its words as a heading does ("Transcript for Priya Natarajan:",
# "Interview with Jane Doe:") opens the title, not a list of people ("Dark Matter" and "Black
# Holes" had been names, and the title the next line, "Table of Contents"); a podcast's
# chapters between turns in sentence case ("Dark matter", two words or more) end the turn
# above, as Hansard's Title Case headings do (they had been its last words).
# 160: Google Meet's closing note ("Meeting ended after 00:12:41 👋" and what follows) ends the
# transcript (it had been the last speaker's words).
PARSER_VERSION = 160
