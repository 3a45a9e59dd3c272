"""Saved pages written for the structure rules of the web clean-up (``STRUCTURE``), after the rules of the
repetition, column and zone changes were written and before they were ever run on these pages: the mess of
real sites in languages other than English, where no list of interface words reaches.

- a Polish regional news site: a cookie banner, a mega-menu printed twice (for the desktop and the phone),
  a byline and a photograph's caption, a series of "Czytaj także" teasers inside the article, share
  buttons, a comment counter, readers' comments with names and dates, a column of other stories, a
  footer repeating the menu;
- an English local history society's blog: a cookie banner, the menu, a post with a teaser series inside
  it ("Read more: …"), "12 Comments" and "Load more comments", a reader's short comment, a sidebar of
  long headlines of popular posts, an archive by month, a footer;
- a German archive portal's news page: breadcrumbs, a navigation printed twice, the article with its
  date, "Weitere Artikel" teasers with dates, a newsletter prompt, the footer.

Marked with ``data-f`` and rendered by ``render`` of ``tests/helpers/web_captures.py`` as the other sets.
Content, as a historian cites it: the title, byline and date, a photograph's caption, the article's
paragraphs and headings, readers' comments with their names and dates. Furniture: everything else.
"""

from __future__ import annotations


def polish_news_page() -> str:
    """A Polish regional news site's article on the 1932-33 famine exhibition."""
    menu = (
        "<ul><li><a>Wiadomości</a></li><li><a>Region</a></li><li><a>Sport</a></li><li><a>Kultura</a></li>"
        "<li><a>Historia</a></li><li><a>Gospodarka</a></li><li><a>Ogłoszenia</a></li><li><a>Pogoda</a></li></ul>"
    )
    return f"""<html><body>
<div data-f><p>Ta strona używa plików cookie, aby zapewnić najlepszą jakość korzystania z serwisu. Dalsze
korzystanie oznacza zgodę na ich użycie.</p><div><a>Akceptuję</a></div><div><a>Ustawienia</a></div></div>
<header data-f><div><img alt="Gazeta Lubelska"/></div>
<div><a>Zaloguj się</a></div><div><a>Prenumerata</a></div>
<nav class="desktop">{menu}</nav>
<div><a>Szukaj</a></div>
<nav class="mobile">{menu}</nav></header>
<div data-f><a>Strona główna</a> › <a>Historia</a> › <a>Wystawy</a></div>
<h1>Wystawa o Wielkim Głodzie w Muzeum Lubelskim</h1>
<div>Anna Kowalczyk, 14 marca 2024, 09:12</div>
<figure><img alt=""/><figcaption>Plakat wystawy w holu muzeum. Fot. Jan Nowak</figcaption></figure>
<div data-f><a>Udostępnij</a></div><div data-f><a>Facebook</a></div><div data-f><a>X</a></div>
<div data-f><a>Kopiuj link</a></div>
<div data-f>23 komentarze</div>
<p>Muzeum Lubelskie otworzyło we wtorek wystawę poświęconą Wielkiemu Głodowi na Ukrainie w latach
1932–1933. Pokazano na niej listy, fotografie i raporty komitetów rejonowych, które przez dziesięciolecia
leżały w archiwach.</p>
<p>Kuratorka wystawy, dr Maria Szewczyk, podkreśla, że większość dokumentów po raz pierwszy pokazano
publicznie. Część z nich przekazały rodziny świadków, które przechowywały je w domach.</p>
<div data-f><div>Czytaj także</div>
<div><a>Nowe odkrycie w archiwum diecezjalnym</a></div>
<div><a>Kto był autorem listów z Charkowa</a></div>
<div><a>Zmarł ostatni świadek wysiedleń z Zamojszczyzny</a></div></div>
<h2>Listy z głodującej wsi</h2>
<p>Najbardziej poruszające są listy pisane do rodzin w Polsce. Autorzy opisują rekwizycje zboża, pustoszejące
wsie i dzieci, które nie miały siły chodzić do szkoły.</p>
<p>Wystawę można oglądać do końca czerwca, od wtorku do niedzieli. Wstęp w czwartki jest bezpłatny.</p>
<div data-f><a>Udostępnij</a></div><div data-f><a>Facebook</a></div><div data-f><a>X</a></div>
<div data-f><h3>Komentarze (23)</h3><div><a>Dodaj komentarz</a></div><div><a>Sortuj: najnowsze</a></div></div>
<div>tomasz_lublin</div><div>14 marca 2024, 10:41</div>
<p>Byłem wczoraj, polecam. Szczególnie sala z fotografiami robi wrażenie.</p>
<div data-f><a>Odpowiedz</a></div><div data-f>12</div><div data-f><a>Zgłoś</a></div>
<div>Ewa K.</div><div>14 marca 2024, 11:02</div>
<p>Dziękuję za artykuł.</p>
<div data-f><a>Odpowiedz</a></div><div data-f>4</div><div data-f><a>Zgłoś</a></div>
<div data-f><a>Pokaż więcej komentarzy</a></div>
<aside data-f><h3>Najczęściej czytane</h3>
<div><a>Remont ulicy Lipowej potrwa do jesieni</a></div>
<div><a>Motor Lublin wygrywa z liderem po golu w doliczonym czasie</a></div>
<div><a>Nowe połączenia kolejowe z Lublina do Warszawy od kwietnia</a></div>
<div><a>Ceny mieszkań w regionie wciąż rosną, pokazuje raport</a></div>
<div><a>Festiwal Smaków wraca na Stare Miasto w maju</a></div></aside>
<footer data-f><nav>{menu}</nav>
<div><a>Regulamin</a></div><div><a>Polityka prywatności</a></div><div><a>Kontakt</a></div>
<div><a>Reklama</a></div><div>© 2024 Gazeta Lubelska Sp. z o.o.</div></footer>
</body></html>"""


def history_blog_page() -> str:
    """A local history society's blog post with comments and a sidebar."""
    return """<html><body>
<div data-f><p>We use cookies to understand how visitors use this site. You can change your settings at any
time.</p><div><a>Accept all</a></div><div><a>Reject non-essential</a></div>
<div><a>Cookie settings</a></div></div>
<header data-f><div><img alt="Ashford Local History Society"/></div>
<nav><a>Home</a> <a>About the Society</a> <a>Talks</a> <a>Publications</a> <a>Join</a> <a>Contact</a></nav>
</header>
<h1>The Ashford railway works strike of 1926</h1>
<div>Posted by Margaret Hale on 3 May 2024</div>
<p>When the General Strike was called on 4 May 1926, almost every man at the railway works walked out.
The minute books of the works committee, given to the Society last year, let us follow the nine days
as the men themselves recorded them.</p>
<div data-f><div>Read more: <a>The works canteen in the 1920s</a></div></div>
<p>The committee met every morning in the Oddfellows' Hall. Its minutes record collections for families
without savings, a rota of pickets at the gates, and a dispute with the stationmaster over the milk train.</p>
<div data-f><div>Read more: <a>Who were the Oddfellows of Ashford?</a></div></div>
<div data-f><div>Read more: <a>Our oral history project needs volunteers</a></div></div>
<p>On 12 May the strike was called off. The last entry in the minute book is a single line: the men went back
the next morning, and eleven of them were not taken on again.</p>
<div data-f><div>Tags: <a>strikes</a>, <a>railways</a>, <a>1920s</a></div></div>
<div data-f><a>Share on Facebook</a></div><div data-f><a>Share by email</a></div>
<div data-f><h3>12 Comments</h3></div>
<div>Peter Long</div><div>4 May 2024 at 8:15 am</div>
<p>My grandfather was one of the eleven. The family never spoke of it.</p>
<div data-f><a>Reply</a></div>
<div>J. Okafor</div><div>5 May 2024 at 6:40 pm</div>
<p>Fascinating, thank you.</p>
<div data-f><a>Reply</a></div>
<div data-f><a>Load more comments</a></div>
<aside data-f><h3>Popular posts</h3>
<div><a>The flooded mill at Eastwell and the families who lost their homes in the winter of 1912</a></div>
<div><a>A schoolteacher's diary of the blackout, the evacuees and the bombing of the high street</a></div>
<div><a>Finding your ancestors in the parish registers of St Mary's before the first census</a></div>
<h3>Archive</h3>
<div><a>May 2024</a></div><div><a>April 2024</a></div><div><a>March 2024</a></div>
<div><a>February 2024</a></div>
</aside>
<footer data-f><div><a>Privacy</a></div><div><a>Accessibility</a></div><div><a>Contact us</a></div>
<div>Registered charity no. 1012345</div><div>© Ashford Local History Society 2024</div></footer>
</body></html>"""


def german_archive_page() -> str:
    """A German state archive portal's news item."""
    nav = (
        "<nav><a>Recherche</a> <a>Bestände</a> <a>Benutzung</a> <a>Veranstaltungen</a> <a>Über uns</a>"
        " <a>Presse</a></nav>"
    )
    return f"""<html><body>
<header data-f><div><img alt="Landesarchiv Sachsen-Anhalt"/></div>
<div><a>Leichte Sprache</a></div><div><a>Gebärdensprache</a></div><div><a>Suche</a></div>
{nav}
<div><a>Menü</a></div>
{nav}</header>
<div data-f><a>Startseite</a> › <a>Presse</a> › <a>Aktuelles</a></div>
<h1>Neu erschlossen: Akten der Bodenreform 1945–1949</h1>
<div>Magdeburg, 21. Februar 2024</div>
<p>Das Landesarchiv hat die Akten der Kreiskommissionen für die Bodenreform vollständig erschlossen. Die rund
4.200 Akten dokumentieren die Enteignung von Großgrundbesitz und die Verteilung des Landes an Neubauern.</p>
<p>Die Bestände sind ab sofort im Lesesaal Magdeburg und über die Online-Recherche nutzbar. Personenbezogene
Unterlagen unterliegen weiterhin den gesetzlichen Schutzfristen.</p>
<h2>Hinweise für die Benutzung</h2>
<p>Für die Einsicht ist eine Anmeldung im Lesesaal erforderlich. Reproduktionen können schriftlich bestellt
werden; die Bearbeitung dauert in der Regel zwei bis drei Wochen.</p>
<div data-f><h3>Weitere Artikel</h3>
<div><a>Tag der Archive 2024: Programm in Wernigerode</a></div><div>12.02.2024</div>
<div><a>Digitalisierung der Kirchenbücher abgeschlossen</a></div><div>30.01.2024</div>
<div><a>Neue Öffnungszeiten im Lesesaal Dessau</a></div><div>08.01.2024</div></div>
<div data-f><h3>Newsletter</h3><p>Bleiben Sie informiert über neue Bestände und Veranstaltungen.</p>
<div>E-Mail-Adresse</div><div><a>Abonnieren</a></div></div>
<footer data-f>{nav}
<div><a>Impressum</a></div><div><a>Datenschutz</a></div><div><a>Barrierefreiheit</a></div>
<div>© 2024 Landesarchiv Sachsen-Anhalt</div></footer>
</body></html>"""


STRUCTURE = {
    "polish-news": polish_news_page,
    "history-blog": history_blog_page,
    "german-archive": german_archive_page,
}
