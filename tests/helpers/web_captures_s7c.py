"""Third held-out set of the seventh round (issue 14): pages whose readers' comments carry dates in the
short forms sites print ("Feb 9", "9 Mar", "Yesterday", "2h"), written after the second set (``S7B``)
showed comments' authors and dates removed, and measured once before any rule was changed for it (see
``tests/benchmarks/measure_webclean.py``).

Same conventions as ``web_captures_heldout.py``: furniture carries ``data-f``; a reader's comment with its
author and date is content.
"""

from __future__ import annotations

_FOOTER = """<footer data-f><div><a>About</a></div><div><a>Privacy</a></div><div><a>Terms</a></div>
<div>© 2025 {site}</div></footer>"""


def local_history_blog_page() -> str:
    """A local history society's blog post on a lost pub, with comments dated without a year."""
    return f"""<html><body>
<header data-f><div><a>Ashby Local History Society</a></div>
<ul><li><a>Home</a></li><li><a>Events</a></li><li><a>Publications</a></li><li><a>Join</a></li></ul></header>
<h1>The Plough, Mill Lane: a pub that vanished in 1962</h1>
<div>Posted by Dennis Rowe</div>
<div>March 2, 2025</div>
<p>The Plough stood at the bottom of Mill Lane from at least 1841, when the census names its keeper as
William Dakin, until it was pulled down for the ring road in 1962.</p>
<p>We have two photographs of it, both from the 1950s, and the licensing registers at the county record
office, which list every landlord from 1872.</p>
<div data-f><a>Share</a><a>Facebook</a><a>Email</a></div>
<div>4 Comments</div>
<div><div>Margaret H</div><div>Mar 3</div>
<p>My grandfather drank there every Friday. He said the cellar flooded whenever the brook rose.</p>
<div data-f><a>Reply</a></div></div>
<div><div>Dennis Rowe</div><div>Mar 3</div>
<p>Thank you Margaret, the registers mention a flood in 1947 too.</p>
<div data-f><a>Reply</a></div></div>
<div><div>P. Okafor</div><div>Mar 5</div>
<p>Is there a plan of the building anywhere? The council's demolition file might have one.</p>
<div data-f><a>Reply</a></div></div>
<div data-f><h3>Leave a comment</h3><div>Name</div><div>Email</div><div><a>Post Comment</a></div></div>
{_FOOTER.format(site="Ashby Local History Society")}
</body></html>"""


def video_platform_page() -> str:
    """A video page of a talk on a war memorial, copied with its description and comments whose dates are
    relative ("2 weeks ago") or short ("1y")."""
    return f"""<html><body>
<header data-f><div><a>Home</a></div><div><a>Shorts</a></div><div><a>Subscriptions</a></div>
<div><a>Sign in</a></div></header>
<h1>Reading a war memorial: the names on the Hallam Street cross</h1>
<div>Sheffield Archives Talks</div>
<div data-f>3.2K subscribers</div>
<div data-f><a>Subscribe</a></div>
<div data-f>412 views</div>
<div>Streamed live on 11 Nov 2024</div>
<p>Archivist Ruth Gale traces the forty-two men named on the Hallam Street cross through service records,
parish magazines and the local paper, and explains why three names are spelt wrongly.</p>
<div data-f><a>Show more</a></div>
<div>18 Comments</div>
<div data-f><div>Sort by</div></div>
<div><div>@jimhallam4821</div><div>2 weeks ago</div>
<p>Private J. Hallam on the cross was my great grandfather's brother. We never knew where he was buried.</p>
<div data-f>12</div><div data-f><a>Reply</a></div></div>
<div><div>@SheffieldArchivesTalks</div><div>1 week ago</div>
<p>He is commemorated at Thiepval, Jim. Please do email us and we will send you his record.</p>
<div data-f>4</div><div data-f><a>Reply</a></div></div>
<div data-f><div>Up next</div><ul><li><a>How to read a First World War service record</a></li>
<li><a>Sheffield in the Blitz: the December raids</a></li></ul></div>
{_FOOTER.format(site="Video Platform")}
</body></html>"""


def family_forum_page() -> str:
    """A family history forum's thread with posts dated "Yesterday at …" and "Today at …"."""
    return f"""<html><body>
<header data-f><div><a>Family Tree Forum</a></div><div><a>Log in</a><a>Register</a></div></header>
<div data-f><a>Forum</a> › <a>Military</a> › <a>First World War</a></div>
<h1>Soldier's effects register: what does "W. R." mean?</h1>
<div><div>Jan_in_Leeds</div><div>Yesterday at 21:14</div>
<p>My great uncle's entry in the soldiers' effects register has "W. R." written against the war gratuity.
Does anyone know what it stands for?</p>
<div data-f><a>Reply</a></div><div data-f><a>Quote</a></div></div>
<div><div>Old Sweat</div><div>Today at 08:02</div>
<p>It usually means the payment was "written off" or referred; the column headings on the first page of
the register volume explain the abbreviations used by that clerk.</p>
<div data-f><a>Reply</a></div><div data-f><a>Quote</a></div></div>
<div data-f><div>You must log in or register to reply here.</div></div>
<div data-f><div>Similar threads</div><ul><li><a>Reading pension cards</a></li>
<li><a>Medal index card abbreviations</a></li></ul></div>
{_FOOTER.format(site="Family Tree Forum")}
</body></html>"""


S7C = {
    "local-history-blog": local_history_blog_page,
    "video-platform": video_platform_page,
    "family-forum": family_forum_page,
}
