// Word lists for the facts module. Sets and maps are built once at load time so
// per-sentence lookups are O(1); nothing here allocates while extracting.

const set = (words: string): ReadonlySet<string> => new Set(words.split(" "));

export const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
export const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
export const MONTH_OR_DAY = new Set([...MONTHS.split("|"), ...WEEKDAYS.split("|")]);

export type EventEntry = {
  category: string;
  /** Headline form after a noun: "Muslims killed". */
  participle: string;
  /** Infinitive for planned events: "families to return"; absent when awkward. */
  base?: string;
  /** True when the word names the event itself ("the return of", "deaths of"), so the noun takes no participle. */
  noun?: boolean;
};

// Only events a fact-checker would group by; anything else leaves `event` null
// rather than guessing a category from an arbitrary verb.
const EVENTS: [string, EventEntry][] = [
  ["kill killed kills killing slain murdered died die dies dead perished", { category: "killed", participle: "killed" }],
  ["deaths death fatalities", { category: "killed", participle: "killed", noun: true }],
  ["wounded wounding wounds injured injuring injure hurt", { category: "wounded", participle: "wounded" }],
  ["injuries", { category: "wounded", participle: "wounded", noun: true }],
  ["displaced displacing fled flee flees fleeing uprooted", { category: "displaced", participle: "displaced" }],
  ["displacement exodus", { category: "displaced", participle: "displaced", noun: true }],
  ["returned returning returns repatriated", { category: "return", participle: "returned", base: "return" }],
  ["return repatriation", { category: "return", participle: "returned", base: "return", noun: true }],
  ["arrested arresting detained detaining", { category: "arrested", participle: "arrested" }],
  ["arrests detention", { category: "arrested", participle: "arrested", noun: true }],
  ["kidnapped abducted", { category: "kidnapped", participle: "kidnapped" }],
  ["captured", { category: "captured", participle: "captured" }],
  ["evacuated evacuating", { category: "evacuated", participle: "evacuated", base: "be evacuated" }],
  ["evacuation", { category: "evacuated", participle: "evacuated", base: "be evacuated", noun: true }],
  ["rescued", { category: "rescued", participle: "rescued" }],
  ["missing", { category: "missing", participle: "missing" }],
  ["infected", { category: "infected", participle: "infected" }],
  ["deported deporting", { category: "deported", participle: "deported", base: "be deported" }],
  ["deportation deportations", { category: "deported", participle: "deported", base: "be deported", noun: true }],
  ["released freed", { category: "released", participle: "released", base: "be released" }],
];
export const EVENT_WORDS: ReadonlyMap<string, EventEntry> = new Map(
  EVENTS.flatMap(([words, entry]) => words.split(" ").map((w) => [w, entry] as const)),
);

/** Casualty events get "in WHERE VENUE CAUSE" ("in Kunduz mosque bombing"). */
export const CASUALTY = set("killed wounded missing");

// Words that end a counted noun phrase: function words, auxiliaries, reporting verbs.
export const NP_STOP = set(
  "a an the and or but nor who whom whose that which what when where while as than then so if because since until after before during " +
    "in on at by for from to into onto with without of off over under about against between among through across per via " +
    "is are was were be been being am has have had do does did will would shall should can could may might must " +
    "said says say told tell according reported claimed added stated announced tweeted wrote " +
    "it its this these those he she they we you i him her them us our their his my your " +
    "not no also only just each every some any all both more most less fewer other such very too " +
    "including amid despite like near while whereas " +
    // Common irregular past tenses, which the "-ed" rule cannot catch: "£100m went to schools".
    "went came rose fell grew took gave made saw got ran began became stood met won lost paid spent",
);

/** Nouns measured rather than counted: "20 years of military presence" keeps its "of" phrase and is unit "other". */
export const MEASURE_NOUNS = set(
  "years year months month weeks week days day hours hour minutes minute seconds decades decade centuries " +
    "km kilometres kilometers miles mile metres meters feet foot inches kg kilograms kilos tonnes tons pounds " +
    "litres liters gallons barrels acres hectares degrees mph kph",
);

export const VENUES = set(
  "mosque mosques church temple synagogue shrine school university hospital clinic market bazaar hotel restaurant " +
    "stadium camp prison jail airport station checkpoint park mall village bus wedding funeral",
);

export const CAUSES = set(
  "bombing bombings attack attacks blast blasts explosion explosions airstrike airstrikes strike strikes shooting " +
    "shootings earthquake quake flood floods flooding fire fires crash collision storm cyclone hurricane typhoon " +
    "landslide avalanche stampede raid raids ambush clashes fighting shelling war",
);

// Reporting-source nouns for lowercase attributions: "officials said", "the ministry said".
export const SOURCE_NOUNS = set(
  "official officials police authorities authority ministry government spokesman spokeswoman spokesperson witnesses " +
    "residents sources source experts researchers doctors report statement study data survey officer officers agency " +
    "military army organisation organization group commission council court prosecutors investigators analysts",
);

export const PRONOUNS = set("he she they it we i you his her their this that who one");

/** Words that may sit between a source noun and its head: "the senior US official", "local police". */
export const SOURCE_MODIFIERS = set(
  "senior local provincial federal state health security foreign interior defence defense police government military " +
    "district regional top former unnamed anonymous other two several some many",
);

/** Auxiliaries skipped between a noun and its event verb: "who had fled", "were killed". */
export const AUXILIARIES = set("had have has were was are is been being be will would reportedly also later all allegedly to");

/** Tense markers that make an event prospective: "planned for the return of 1,500 families". */
export const FUTURE_MARKERS = set(
  "plan plans planned planning will would expected expects aim aims intend intends intended hope hopes agreed ready set due",
);

/** Category → entry, for wording a fact whose event is known only by category. */
export const EVENT_BY_CATEGORY: ReadonlyMap<string, EventEntry> = new Map(
  EVENTS.filter(([, e]) => !e.noun).map(([, e]) => [e.category, e] as const),
);
