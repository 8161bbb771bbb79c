// Word lists behind the period heuristics. All entries are lower case, without the dot.
// A list only matters when a CAPITALISED word follows the period: a lowercase word
// never starts a sentence here and a digit is handled per class, so the lists only
// need abbreviations that are commonly followed by a capitalised word in the SAME
// sentence (titles before names, "Inc." before "Chief Executive", "U.S." before "Army").

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Prepositive titles: always followed by a name, so never sentence-final. Must be capitalised ("ms" is also milliseconds). */
export const TITLES = words(`
  mr mrs ms mx messrs mmes mme mlle dr drs prof profs gen gens col cols lt sgt capt cmdr cdr adm maj brig
  cpl pvt pfc spc ens sen sens rep reps gov govs pres rev revs fr msgr hon rt atty supt insp det amb sec
  treas mt mts ft lieut comdr asst assoc gov't
`);

/** Never sentence-final, whatever the case ("Roe v. Wade", "Lakers vs. Celtics", "cf. Smith"). */
export const NEVER_FINAL = words(`vs v cf viz e.g i.e eg ie`);

/**
 * Abbreviations that precede a number ("No. 12", "Oct. 9", "p. 55", "approx. 5"). Before a digit or a
 * roman numeral they never split; otherwise they behave like an ordinary word ("in Sept. The …" splits).
 */
export const NUMERIC = words(`
  no nos nr n° nº fig figs vol vols p pp para paras art arts sec secs ch chap chs eq eqs ref refs tab op pt pts
  ex ext tel ca c approx appx est cir pg pgs ver edn
  jan feb mar apr jun jul aug sep sept oct nov dec
`);

/**
 * Split only if the next capitalised word is a common sentence starter: they end sentences
 * ("… on Main St. He …") but also precede names ("St. Louis", "Jr. Day", "Univ. Press").
 */
export const STARTER_ABBR = words(`
  jr sr st ste ave blvd rd hwy pkwy sq apt bldg dept depts univ inst assn natl intl govt dist div al mgr esq
`);

/** US/Canadian state abbreviations: only when capitalised ("Ill." vs "fell ill."). */
export const STATES = words(`
  ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla
  ore pa tenn tex va vt wash wis wyo alta ont que sask nfld
`);

/** Company suffixes: like STARTER_ABBR, plus "Apple Inc. Apple makes …" (name + lowercase verb) splits. */
export const COMPANY = words(`co corp inc ltd plc llc llp lp cos bros mfg pty`);

/** Words that keep a company name going ("Inc. Chief of Staff", "Co. and …"). */
export const CONNECTORS = words(`of and de du la le von van der den y del da do dos das for the`);

/** Brand names written with "!" — "Yahoo! Inc." and "Jeopardy! host" are one sentence. */
export const EXCLAIM_NAMES = words(`yahoo jeopardy yum joomla wham oklahoma e`);

/** After "a.m."/"p.m." these continue the sentence ("at 9 a.m. Monday", "5 p.m. EST"). */
export const AMPM_CONT = words(`
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest eet ist jst hkt aest aedt
  eastern central pacific mountain atlantic greenwich
`);

/** A short time phrase at the start of a sentence ("At 5 a.m. Mr. Smith …") is not a sentence. */
export const FRONT_PREPS = words(`
  at by around about before after until till from since starting beginning shortly approximately roughly
  circa near sometime between just
`);

/**
 * Capitalised words that almost always start a sentence rather than continue a name:
 * pronouns, determiners, conjunctions, sentence adverbs, auxiliaries, contraction stems
 * ("It's" → "it", "Don't" → "don") and a few plural nouns that open news sentences.
 */
export const STARTERS = words(`
  i he she it we they you his her its our their my your this that these those there here who what when where
  why how which whose whom one the a an some many most all both each every any no none several few other
  another such much more neither either only even just also and but or so yet nor then now still however
  meanwhile moreover furthermore therefore thus hence instead otherwise nevertheless nonetheless indeed later
  earlier next finally eventually afterward afterwards today yesterday tomorrow tonight recently currently
  previously since although though while whether if because as after before until unless once during despite
  in on at by for from to with without of under over among between within against according amid around
  about following including not perhaps maybe yes oh well please let overall together nearly almost already
  again soon often sometimes never always rather unlike like besides additionally separately similarly
  likewise consequently ultimately initially last is are was were be been being do does did can could will
  would shall should may might must has have had don doesn didn won isn aren wasn weren couldn wouldn
  shouldn haven hasn hadn mr mrs ms dr prof messrs
  officials police authorities experts analysts critics residents witnesses investigators prosecutors
  lawmakers researchers scientists doctors voters protesters troops soldiers workers students people others
  sources reports
`);

/** A line ending in one of these is a wrapped sentence, not a heading ("… said that\nThe …"). */
export const FUNCTION_WORDS = words(`
  the a an and or but nor of to in on at by for with from as that which who whom whose is are was were be
  been being has have had will would can could shall should may might must do does did not no than then its
  his her their our my your this these those into onto over under about after before between during since
  until while if because so very more most such also when where how what said says told according including
`);

/** Attribution after a closing quote: `"Stop!" John shouted.` stays one sentence. */
export const SPEECH_VERBS = words(`
  said says asked asks added adds shouted shouts replied replies wrote writes explained explains insisted
  insists continued cried yelled whispered answered answers declared noted notes recalled recalls tweeted
  argued argues warned warns claimed claims admitted conceded responded remarked exclaimed muttered screamed
  laughed joked pleaded urged announced concluded suggested observed agreed told tells
`);
