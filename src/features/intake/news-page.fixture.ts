/**
 * A realistic news page for tests (text from shared/samples/kunduz-doha-talks.txt (beside the checkout)),
 * with the clutter real sites have: navigation, share buttons, related links,
 * scripts, a footer. Embedded rather than read from disk so unit tests do no I/O.
 */

export const NEWS_TITLE = "Taliban say they will not work with the US to contain Islamic State";
export const NEWS_BYLINE = "Kathy Gannon";
export const NEWS_OUTLET = "Example News";
export const NEWS_PUBLISHED = "2021-10-09T14:32:00Z";

export const NEWS_PARAGRAPHS = [
  "The Taliban on Saturday banned joining the United States from forming rebel groups in Afghanistan, setting an unprecedented stand on a key issue ahead of the first direct talks between former enemies since the United States left the country in August.",
  "Taliban officials and US officials are meeting this week in Dhaha, Qatar’s capital. Officials from both sides said the issues included control of extremist groups and the removal of foreign nationals by Afghans from the country.",
  "However, Taliban political spokesman Suhail Shaheen told The Associated Press that there would be no partnership with Washington in having an active Islamic State group in Afghanistan. IS has taken responsibility for a number of recent attacks, including a suicide bombing on Friday that killed 46 Muslims and wounded several while worshiping in a mosque north of the city of Kunduz.",
  "“We can take Daesh independently,” Shaheen said, when asked if the Taliban would work with the US to establish Islamic State ties. He used the Arabic expression for IS.",
  "IS has carried out a relentless attack on the Shiites in the country since coming out of eastern Afghanistan in 2014. It is also seen as a terrorist group that threatens the United States with its ability to attack American targets.",
  "The weekend meetings in Dhaha are the first since the withdrawal of US troops from Afghanistan in late August, marking 20 years of military presence.",
  "Pakistan also had a message for the Taliban, urging them to be more united and obedient to human rights and minority ethnic and religious groups.",
  "A senior Taliban refugee official, Mohammed Arsa Kharoti, said there were 1.3 million Afghans who had fled their homes since the previous wars and that the Taliban lacked the funds to plan for repatriation to all.",
];

export const NEWS_QUOTE = "“Winter is on its way. There is no wood. We need water and food,” he said.";

export function newsPageHtml(options: { lang?: string; charsetMeta?: string } = {}): string {
  const paragraphs = NEWS_PARAGRAPHS.map((p, i) => (i === 2 ? `<p>${p.replace("The Associated Press", "<a href=\"/ap\">The Associated Press</a>")}</p>` : `<p>${p}</p>`));
  return `<!DOCTYPE html>
<html lang="${options.lang ?? "en-US"}">
<head>
  ${options.charsetMeta ? `<meta charset="${options.charsetMeta}">` : '<meta charset="utf-8">'}
  <title>${NEWS_TITLE} | ${NEWS_OUTLET}</title>
  <meta property="og:site_name" content="${NEWS_OUTLET}">
  <meta property="og:type" content="article">
  <meta property="article:published_time" content="${NEWS_PUBLISHED}">
  <meta name="author" content="${NEWS_BYLINE}">
  <script>window.analytics = { track: function () {} };</script>
  <style>.share { display: flex; }</style>
</head>
<body>
  <header class="site-header"><a href="/">${NEWS_OUTLET}</a>
    <nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  </header>
  <main>
    <article class="story">
      <h1 class="headline">${NEWS_TITLE}</h1>
      <div class="byline">By <a href="/authors/kathy-gannon" rel="author">${NEWS_BYLINE}</a></div>
      <time datetime="${NEWS_PUBLISHED}">October 9, 2021</time>
      <div class="share"><button>Share</button><button>Tweet</button></div>
      <div class="story-body">
        ${paragraphs.slice(0, 4).join("\n        ")}
        <figure><img src="/kunduz.jpg" alt=""><figcaption>Relatives and residents at the Gozar-e-Sayed Abad Mosque in Kunduz.</figcaption></figure>
        ${paragraphs.slice(4).join("\n        ")}
        <blockquote><p>${NEWS_QUOTE}</p></blockquote>
      </div>
    </article>
    <aside class="related"><h2>Related</h2><ul><li><a href="/a">Ten things to know</a></li><li><a href="/b">Photos of the week</a></li></ul></aside>
  </main>
  <footer><p>© 2021 ${NEWS_OUTLET}. All rights reserved.</p></footer>
  <script>console.log("loaded")</script>
</body>
</html>`;
}
