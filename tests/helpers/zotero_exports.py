"""Bibliographies as Zotero writes them, by hand: a CSL-JSON export (File › Export Library… › CSL JSON) and a
BibTeX export of the same kinds of item a historian keeps — a journal article, a chapter in an edited volume,
an archival document cited by its shelfmark, a thesis, a web page and a translated book."""

ZOTERO_CSL_JSON = r"""[
  {
    "id": "http://zotero.org/users/local/kQ3d1hXo/items/8ZQFJ2KT",
    "type": "article-journal",
    "container-title": "The Journal of Modern History",
    "DOI": "10.1086/244724",
    "ISSN": "0022-2801",
    "issue": "4",
    "journalAbbreviation": "J. Mod. Hist.",
    "language": "en",
    "page": "745-770",
    "source": "JSTOR",
    "title": "Ascribing Class: The Construction of Social Identity in Soviet Russia",
    "URL": "https://www.jstor.org/stable/2124683",
    "volume": "65",
    "author": [{"family": "Fitzpatrick", "given": "Sheila"}],
    "accessed": {"date-parts": [["2024", 3, 1]]},
    "issued": {"date-parts": [["1993", 12]]}
  },
  {
    "id": "http://zotero.org/users/local/kQ3d1hXo/items/Q7V2M4CE",
    "type": "chapter",
    "container-title": "Stalinism: New Directions",
    "edition": "2",
    "event-place": "London",
    "ISBN": "978-0-19-505791-1",
    "page": "286–308",
    "publisher": "Routledge",
    "publisher-place": "London",
    "title": "The Peasant Nightmare: Visions of Apocalypse in the Soviet Countryside",
    "author": [{"family": "Viola", "given": "Lynne"}],
    "editor": [{"family": "Fitzpatrick", "given": "Sheila"}, {"family": "Schlögel", "given": "Karl"}],
    "issued": {"date-parts": [[2000]]}
  },
  {
    "id": "http://zotero.org/users/local/kQ3d1hXo/items/R2D9AA1N",
    "type": "manuscript",
    "archive": "RGASPI",
    "archive_location": "f. 17, op. 3, d. 1003, l. 4–4 ob.",
    "call-number": "17/3/1003",
    "genre": "memorandum",
    "language": "ru",
    "title": "Spravka o khode khlebozagotovok",
    "author": [{"literal": "OGPU"}],
    "issued": {"date-parts": [["1932", "11", "7"]]},
    "note": "Typescript copy, signed by Iagoda."
  },
  {
    "id": "http://zotero.org/users/local/kQ3d1hXo/items/T9H3ZK2W",
    "type": "thesis",
    "genre": "PhD Thesis",
    "publisher": "University of Chicago",
    "publisher-place": "Chicago",
    "number-of-pages": "412",
    "title": "Grain and Power in the Soviet Village, 1928–1933",
    "author": [{"family": "Hughes", "given": "James R."}],
    "issued": {"date-parts": [["1991"]]}
  },
  {
    "id": "http://zotero.org/users/local/kQ3d1hXo/items/W4B8NE6S",
    "type": "webpage",
    "container-title": "Seventeen Moments in Soviet History",
    "language": "en",
    "title": "Dekulakization",
    "URL": "https://soviethistory.msu.edu/1929-2/dekulakization/",
    "accessed": {"date-parts": [["2025", 1, 15]]},
    "issued": {"date-parts": [["2015", 8, 12]]}
  },
  {
    "id": "http://zotero.org/users/local/kQ3d1hXo/items/B5K1XQ9P",
    "type": "book",
    "edition": "3",
    "ISBN": "0-19-505791-0",
    "publisher": "Oxford University Press",
    "publisher-place": "New York",
    "title": "The Great Terror",
    "author": [{"family": "Conquest", "given": "Robert"}],
    "translator": [{"family": "Ivanova", "given": "Maria"}],
    "issued": {"date-parts": [["2008"]]},
    "note": "original-date: 1968\nReissued with a new preface."
  }
]
"""

ZOTERO_BIBTEX = r"""
@article{fitzpatrick_ascribing_1993,
	title = {Ascribing {Class}: {The} {Construction} of {Social} {Identity} in {Soviet} {Russia}},
	volume = {65},
	issn = {0022-2801},
	url = {https://www.jstor.org/stable/2124683},
	doi = {10.1086/244724},
	language = {en},
	number = {4},
	urldate = {2024-03-01},
	journal = {The Journal of Modern History},
	author = {Fitzpatrick, Sheila},
	month = dec,
	year = {1993},
	pages = {745--770},
}

@incollection{viola_peasant_2000,
	address = {London},
	edition = {2},
	title = {The {Peasant} {Nightmare}: {Visions} of {Apocalypse} in the {Soviet} {Countryside}},
	isbn = {978-0-19-505791-1},
	booktitle = {Stalinism: {New} {Directions}},
	publisher = {Routledge},
	author = {Viola, Lynne},
	editor = {Fitzpatrick, Sheila and Schl{\"o}gel, Karl},
	year = {2000},
	pages = {286--308},
}

@unpublished{ogpu_spravka_1932,
	type = {memorandum},
	title = {Spravka o khode khlebozagotovok v {{USSR}}},
	note = {Typescript copy, signed by Iagoda.},
	language = {ru},
	author = {{OGPU}},
	month = nov,
	year = {1932},
	archive = {RGASPI},
	archive_location = {f. 17, op. 3, d. 1003, l. 4--4 ob.},
	lccn = {17/3/1003},
}

@phdthesis{hughes_grain_1991,
	address = {Chicago},
	type = {{PhD} {Thesis}},
	title = {Grain and Power in the Soviet Village, 1928--1933},
	school = {University of Chicago},
	author = {Hughes, James R.},
	year = {1991},
}

@misc{noauthor_dekulakization_2015,
	title = {Dekulakization},
	url = {https://soviethistory.msu.edu/1929-2/dekulakization/},
	urldate = {2025-01-15},
	journal = {Seventeen Moments in Soviet History},
	month = aug,
	year = {2015},
	language = {en},
}

@book{conquest_great_2008,
	address = {New York},
	edition = {3},
	title = {The {Great} {Terror}},
	isbn = {0-19-505791-0},
	publisher = {Oxford University Press},
	author = {Conquest, Robert},
	translator = {Ivanova, Maria},
	origdate = {1968},
	year = {2008},
}
"""
