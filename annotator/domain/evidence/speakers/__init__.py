"""Who says each quotation: the speaker read from the text around it, or nobody when the text names nobody.

Rules, not a model: the evidence a reader uses, tried from the strongest to the weakest. (A named-entity
tagger would tell people from places, but the usual ones fetch their models outside PyPI or need a GPU to
be quick on a book, and the rules below reach the targets on the texts measured — see
tests/benchmarks/measure_evidence_quotes.py — so the text's own evidence is read instead.)

1. An attribution line under a block quotation (``— Nikita Khrushchev, 1956``).
2. A verb of saying right after the quotation, in either order: "“…,” wrote Service", "“…” he added".
3. A verb of saying before it in the same sentence, framing it ("Khrushchev later wrote that “…”",
   "Stalin declared, “…”", "as Service comments, “…”", "the Minister said the law would “…”", "The
   Economist was cooler, describing it as “…”"), or "according to Gill", "in Kotkin's own words", "as the
   Court itself put it, …", "selon Werth"; for a block quotation, any verb of saying in
   the introduction above it ("Khrushchev told the delegates:"). Its subject is the speaker: the name right
   before the verb, past an appositive ("Brzezhinski, hardly an admirer of Stalin, notes"), a parenthesis
   ("McAuley (50) writes") or an adverb ("later"); a pronoun is carried over from the sentences before
   ("He added" → the last person named as a subject or speaker, of the right gender for "he"/"she", outside
   quotations), never to a place or an organisation; "it" is a body, "I" the author (role ``author``).
4. A citation right after the quotation: "“…” (Sakwa, 37)". An author–page citation after quoted words says
   whose words they are, so the cited author is the speaker, with the role ``cited`` (``ibid.`` is the
   author cited before). A speaker named by rules 1–3 wins over the citation ("Khrushchev told them, “…”
   (Taubman, 270)" is Khrushchev's; ``details["source"]`` keeps "Taubman").
5. A quotation that goes on from the one before, with only its attribution between them ("“…,” said
   Volkov. “…”"), has the same speaker; a line of dialogue standing as its own sentence takes the person
   of the sentence beside it ("“The trams aren't running.” Pavel hung his coat on the nail.").
6. A colon introduction without a verb of saying, whose subject is a person or a body ("Lenin in 1922:
   “…”", "Soviet newspapers carried banner headlines, “Shoot the mad dogs!”", "Trotsky's verdict was
   harsh: the failure was “…”").
7. A line of dialogue set as its own paragraph: the person the narration before it ends on ("He did not
   look up." / "“Sit down.”"), or in an exchange of such lines the other one (A, B, A); a sentence after
   the words that owns them ("Everyone knew “…”. Stalin said it in 1935").
8. Otherwise unattributed (``speaker`` None): the nearest capitalised word is not evidence.

Added from texts written after the rules (tests/benchmarks/evidence_heldout_s3.py): passive introductions
name their agent ("was announced by Molotov:", "was quoted as saying") and a passive charge names nobody
("were accused of “…”"); documents speak ("Its first point read:" → the document last named, "The
protocol … records that", "an announcement that … “…”"); a role before a name gives the name ("Kremlin
spokesman Dmitry Peskov", "the publisher, Alexei Grinev, told"); "X of The New York Times" is X; "used
to say", "For X,"/"Pour X,"/"…: for him,", "with the words of X", "In the Court's view"; "he"/"she" weigh
sentences (a speaker set in commas leaves the subject the topic, "X accused her of" leaves "she" to the
one accused, "His colleague X" is not "he", people by role or kin — "the guard", "my grandmother" — can
be carried over). Whether a capitalised word is a person is still read from the text (first names,
titles, verbs of saying after it, places after "in"); no tagger is used: the spaCy models on PyPI are
unofficial re-uploads and Flair or GLiNER fetch their models at run time.

Candidates ranked (round 3b, after the rules above proved to fit the texts they were made from and not the
next: 0.43–0.69 of speakers right on each new text's first run). What generalised was not another rule but
scoring the candidates a reader weighs, the same in every genre:

- Each rule above proposes a candidate in order of the strength of its evidence (an attribution line; a
  verb of saying adjacent to the quotation, after or before it; a citation after it; …). A candidate is
  checked for being someone who can speak (``_plausible``: not a word capitalised only because it opens a
  sentence — "Asked", "Born", "Next" —, not an adverb or an adjective of nationality — "Visibly", "The
  British ambassador" —, not a place, not a phrase ending in a pronoun); if it is not, the next evidence is
  tried rather than the first answer kept. A role with a name in apposition is the name ("The secretary of
  the district committee, comrade Gusev,", "a former army officer named Kovalchuk").
- A pronoun's antecedents are ranked, not taken first come (``_carry_over``): two points per sentence
  back, +1.5 for a subject or a speaker there, −1 for a name merely mentioned in the pronoun's own
  sentence ("According to the testimony of …, Sergei Goglidze, he told them" is the subject before, Stalin),
  +4.5 for "she" when the text shows the name to be a woman's (first names, titles, kin words, Russian
  surnames and patronymics); "he" never takes a woman's name. A sentence whose subject is itself a pronoun,
  or that speaks of the same one as "him"/"her" ("I told him Kiev."), carries the chain on without adding
  distance; a name in such a sentence's opening clause is the antecedent ("When Lenin introduced NEP, he
  …"); the fullest form of the name in the window is given ("Alexandra Mikhailovna Kollontai"). "she"
  never takes a name shown to be a man's (a man's first name before it); with nobody in reach, a pronoun
  falls back on the person the text is about (the person named most often, of its gender: an obituary's
  or an encyclopedia page's subject). "who" stands for the name right before it ("a letter from Lydia
  Chukovskaya, who wrote").
- When no rule names anyone, ``_nearby`` ranks the subjects of the quotation's sentence and of the two
  sentences before it (of the paragraph before, for a line opening its own): 3 for the quotation's own
  sentence, 1.5 and 0.5 for the ones before; +2 for a verb of saying or of stance after the subject
  ("accused", "called", "found"); +1 for a colon introducing the words; +1 for a person (a name known as
  one, a person described, a pronoun resolved). Below 4 the words stay unattributed, and a passive ("were
  accused of “…”") names nobody.

Round 4 (tests/benchmarks/measure_evidence_s4.py): the subject of a coordinated verb ("Mikoyan spoke to
the crowd … and promised that"), "and that" going on from the verb that took "that", a role before one name
("Their daughter Nina", "The critic L. Chukovskaya"), initials ("R. W. Davies"), possessive introductions
("Their conclusion is cautious:", "His last words … were:", "Molotov's first words were:"), a relative for
the noun phrase before it ("a group of deputies …, who argue"), a pronoun in commas ("Her mother, she
noted, …") looking back past its sentence's subject, a pronoun after an opening clause taking that clause's
subject, a transcript's turn labels, numbers written out and body parts as nobody. On five sets written
after one another and each measured untouched these corrections did not raise the share of right speakers
on the next unseen text (0.79 against 0.80 for the rules before them); the rules fit the texts they were
made from better than the next ones.

Round 7 (tests/benchmarks/measure_evidence_s7.py), aimed at the structure of the clause rather than at one
set's sentences: the subject is found past several fronted phrases (a time in commas, any participle's
clause, a clause of time without a comma, a place in commas after the first phrase); an object pronoun is
never its own clause's subject ("The crowd heard him promise"); a definite role ("the director") stands for
the name the text tied that role to; a possessive ("in his account", "One note in his hand reads:", "The
last entry in her diary reads:") is resolved like a subject pronoun; the relative clause of a naming verb
("what Scott called", "a price that Wheatcroft rightly called") speaks; a reply to a line addressing
someone by name is theirs; "you" in a record of questions is the one questioned, and answers after bare
question paragraphs are the interviewee's; French inversion ("me répétait-elle"). Four sets written one
after another and each measured once gave the same figures under these rules as under the rules before
them (0.68 of speakers right pooled): again the corrections lifted the texts they came from, not the next.

People named by their office (session 13, ``cast.py``): a source introduces someone with an office, rank or
calling ("Emperor Francis Joseph", "Eden, the Foreign Secretary,", "the Prime Minister, Mr. Asquith,", "the
magistrate (Mr Hannay)", "Alfred Marsh, a waiter at the Crown Hotel,", "Ada Hale was elected mayor") and
later says only "the Emperor", "said the waiter", or "she asked" of "the Countess": the speaker is the person
it gave the office to (of several holders, the one the text mentions most near the words, then in all of it
before them); a description it never ties to a name stays a description ("the governess"). Offices and the
groups a text describes ("the partisans", "the pilgrims") are person nouns, so "he" and "they" carry over.

Organisations speak only as the subject of a verb of saying ("the Central Committee declared"); a name
after a place preposition ("in India") or ending in an organisation word ("Levada Center") is never taken
for a person when a pronoun is carried over. A note call after a quotation is not a speaker: the note names
the source, which may not be the speaker. Scare quotes get no speaker.
"""

from __future__ import annotations

from annotator.domain.evidence.speakers.attribution import attribute

__all__ = ["attribute"]
