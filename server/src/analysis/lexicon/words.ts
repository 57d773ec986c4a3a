// Closed word lists the recognisers share. Kept general (news English), never tuned to one article.
import { givenNames } from './given-names.generated';
import { places } from './places.generated';
import { WordSet } from './wordSet';

const set = (words: string): ReadonlySet<string> => new WordSet(words.trim().split(/\s*\|\s*|\s+/).filter(Boolean));

/** Given names, lower-cased. */
export const GIVEN_NAMES: ReadonlySet<string> = new WordSet(givenNames.split('|').map((n) => n.toLowerCase()));

/** Countries and capitals plus common regions and cities, lower-cased whole names. */
export const PLACES: ReadonlySet<string> = new WordSet([
  ...places.split('|'),
  ...`Africa|Asia|Europe|America|North America|South America|Latin America|Middle East|Gulf|Balkans|Caribbean|Scandinavia|Siberia|Crimea|Donbas|Gaza|West Bank|Kashmir|Tibet|Xinjiang|Hong Kong|Taiwan|Kurdistan|Darfur|Sahel|Pacific|Atlantic|Mediterranean|Arctic|Antarctica|
England|Scotland|Wales|Northern Ireland|Britain|Great Britain|Catalonia|Bavaria|Sicily|Sardinia|Quebec|Ontario|Alberta|Queensland|Victoria|Tasmania|New South Wales|Java|Bali|Sumatra|Punjab|Bengal|Texas|California|Florida|New York|Washington|Ohio|Georgia|Virginia|Carolina|Michigan|Illinois|Arizona|Nevada|Oregon|Alaska|Hawaii|Colorado|Utah|Iowa|Kansas|Kentucky|Tennessee|Alabama|Louisiana|Mississippi|Missouri|Oklahoma|Arkansas|Indiana|Wisconsin|Minnesota|Montana|Idaho|Wyoming|Nebraska|Dakota|Vermont|Maine|Massachusetts|Connecticut|Delaware|Maryland|Pennsylvania|New Jersey|New Hampshire|Rhode Island|
London|Paris|Berlin|Moscow|Tokyo|Beijing|Shanghai|Sydney|Melbourne|Toronto|Montreal|Chicago|Los Angeles|San Francisco|Boston|Houston|Dallas|Miami|Seattle|Atlanta|Detroit|Philadelphia|Brooklyn|Manhattan|Geneva|Zurich|Milan|Naples|Turin|Florence|Venice|Barcelona|Madrid|Lisbon|Munich|Frankfurt|Hamburg|Istanbul|Ankara|Tehran|Baghdad|Damascus|Beirut|Cairo|Tripoli|Benghazi|Jerusalem|Tel Aviv|Dubai|Riyadh|Mumbai|Delhi|New Delhi|Karachi|Lahore|Dhaka|Jakarta|Manila|Bangkok|Seoul|Pyongyang|Kyiv|Kiev|Odesa|Kharkiv|Minsk|Warsaw|Prague|Vienna|Budapest|Athens|Rome|Brussels|Amsterdam|Dublin|Edinburgh|Glasgow|Manchester|Liverpool|Birmingham|Wellington|Auckland|Nairobi|Lagos|Johannesburg|Cape Town|Rio de Janeiro|Sao Paulo|Buenos Aires|Mexico City|Havana|Caracas|Bogota|Lima|Santiago`.split('|'),
].map((p) => p.trim().toLowerCase()).filter(Boolean));

/** Nationalities and other adjectives of place ("Russian", "Turkish"), lower-cased. */
export const DEMONYMS = set(`afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian
azerbaijani bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese cambodian cameroonian
canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati english
eritrean estonian ethiopian european filipino finnish french georgian german ghanaian greek guatemalan haitian honduran
hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan
korean kosovar kurdish kuwaiti kyrgyz lao latvian lebanese liberian libyan lithuanian luxembourgish macedonian malagasy
malaysian malian maltese mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese dutch nicaraguan
nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan persian peruvian polish portuguese qatari
romanian russian rwandan saudi scottish senegalese serbian singaporean slovak slovenian somali african spanish sudanese
swedish swiss syrian taiwanese tajik tanzanian thai tibetan tunisian turkish turkmen ugandan ukrainian uruguayan uzbek
venezuelan vietnamese welsh yemeni zambian zimbabwean arab asian latin western eastern northern southern sunni shia shiite
frenchman frenchwoman dutchman dutchwoman englishman englishwoman irishman irishwoman scotsman scotswoman welshman welshwoman
briton spaniard dane swede finn pole turk greek czech slovak kiwi aussie
catholic protestant muslim christian jewish buddhist hindu rohingya kurd pashtun uighur uyghur`);

/** Honorifics: the next capitalised word is a person's name, even alone ("Mr. Toccafondi"). */
export const HONORIFICS = set(`mr mrs ms miss mx dr prof professor sir dame lord lady madam mme mlle herr frau sr sra signor signora
don doña rev reverend fr father sister brother sheikh sheik imam rabbi mullah ayatollah maulana mufti swami hajji haji alhaji alhaja hajia opanin
lama guru acharya rinpoche venerable datuk dato datin`);

/** Titles that stand before a name and are part of a role ("Prime Minister", "Marshal"). Lower-cased words. */
export const TITLE_WORDS = set(`president vice prime minister ministers secretary chancellor premier governor prefect magistrate senator sen
congressman congresswoman congressmember representative rep mayor deputy ambassador envoy commissioner chairman chairwoman chair
cllr cr
chief justice judge general gen marshal admiral adm colonel col major maj captain capt lieutenant lt sergeant sgt commander
cmdr corporal private officer inspector detective superintendent constable sheriff king queen prince princess emperor empress
duke duchess earl baron baroness count countess pope cardinal archbishop bishop patriarch emir sultan crown foreign defence
defense interior finance justice health education economy trade labour labor home affairs state attorney solicitor
prosecutor speaker leader opposition coach manager director executive ceo cfo coo founder owner head spokesman spokeswoman
spokesperson undersecretary under-secretary emeritus associate assistant acting former late then dr professor mp mep qc kc
councillor councilor alderman chief-executive president-elect co-founder cofounder coauthor co-author author
researcher scientist economist analyst lawyer attorney-general sheriff warden dean rector provost principal treasurer
secretary-general director-general commander-in-chief vice-president premier-elect correspondent reporter
  editor astronaut agent administrator grandmaster`);

/**
 * The most common Chinese family names in pinyin, which stand first in a Chinese name ("Huang Wenjie").
 * Left out: those that are also English words a sentence may open with ("he", "long", "song", "fan").
 */
export const CHINESE_FAMILY_NAMES = set(`wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin gao luo zheng liang
xie tang han feng deng cao peng zeng xiao tian dong yuan pan jiang cai yu du ye cheng wei su lu ding ren shen yao jin cui
zhong tan qiu jia xia fu fang zou xiong bai meng qin yan hou shi lei duan hao kong shao mao qian wan gu lai wen ni gong
xing niu qi ma xi lim tan ng wong chan leung cheung lau chow yeung tsang kwok ong goh teo chua koh sim yap foo ang chong loh`);

/** One or two pinyin syllables, as Chinese given names are written ("Wenjie", "Jun", "Xiaoming"). */
export const PINYIN_GIVEN_NAME = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uan|uai|ai|ei|ui|ao|ou|iu|ie|ue|er|an|en|in|un|ia|ua|uo|a|o|e|i|u)){1,2}$/;

/** Lower-case role nouns that name a person's function ("the spokesman", "the mayor"). */
export const ROLE_NOUNS = set(`team-mate teammate classmate president minister secretary chancellor premier governor senator mayor ambassador envoy commissioner
chairman chairwoman chair judge general marshal admiral colonel commander officer inspector detective superintendent sheriff
king queen prince princess pope cardinal archbishop bishop prosecutor speaker leader coach manager director executive
founder owner head spokesman spokeswoman spokesperson undersecretary coauthor co-author author researcher scientist economist
analyst lawyer attorney counterpart counterparts presidents ministers leaders adviser advisor aide professor doctor teacher
student witness official officials diplomat lawmaker legislator candidate activist journalist reporter editor correspondent
player striker goalkeeper captain midfielder defender striker referee chief vice-president deputy ceo chairperson expert
physician surgeon nurse engineer architect historian author novelist writer artist singer actor actress director producer
priest imam rabbi pastor monk nun bishop cleric negotiator mediator representative delegate member mp lawmaker agent attorney soldier pilot astronaut
  administrator commissioner manager scientist engineer pianist musician guitarist drummer bassist violinist
  saxophonist trumpeter composer conductor painter sculptor poet photographer filmmaker chef athlete boxer
  swimmer cyclist runner sprinter footballer cricketer golfer skier wrestler jockey rapper dancer comedian
  economist banker entrepreneur investor businessman businesswoman executive farmer mother father son daughter
  wife husband brother sister widow widower predecessor successor colleague partner friend cousin uncle aunt nephew niece
  grandson granddaughter grandmother grandfather fiance fiancé fiancée boyfriend girlfriend prefect guide ranger fisherman
  villager driver shopkeeper vendor trader miner guard caretaker carpenter mechanic electrician plumber labourer laborer clerk
  cashier waiter waitress luger skater snowboarder biathlete bobsledder rower fencer diver climber mountaineer hurdler
  marathoner bowler batsman batter pitcher keeper rider racer magistrate registrar coroner winger fullback
  full-back flanker quarterback linebacker shortstop passenger`);

/** Words that mark an organisation, a thing or a place, never a person ("Supreme Court", "Clean Air Act"). */
export const ORG_WORDS = set(`agency army navy force forces air association bank bureau board centre center church college
commission committee company conference congress corporation corp council court department dept foundation fund government
group institute institution league ministry museum nations news network office organisation organization parliament party
police press project school service services society states times union university academy alliance authority
hospital club team fc united city county province region district republic kingdom empire federation assembly senate
cabinet administration act law treaty accord agreement bill program programme plan initiative summit games cup championship
olympics festival award awards prize inc ltd llc plc co gmbh group holdings sciences lifesciences pharmaceuticals therapeutics biotech healthcare minerals resources metals materials insurance security arts tabloid newspaper broadcaster airline carrier magazine outlet watchdog
regulator charity studies watch aer förlag verlag ediciones editions frente partido movimiento alianza fronte partei industries airlines airways motors systems technologies
media tv radio channel garden gardens plaza chronicle courier mirror express examiner inquirer monitor bulletin
dispatch innovation innovations solutions robotics energy capital partners survey observatory laboratories institutes tribunal
coalition brigades clinic broadcasting memorial monument refinery railway railways bancorp limited books publishing publishers
jazeera arabiya qaeda shabaab aqsa ahly hilal nassr ittihad inspectorate directorate secretariat investment biologics logistics shipping petroleum mining foods brewery construction
consulting insurance securities investments properties realty telecom telecoms electric electronics software semiconductor
semiconductors biotech therapeutics pharma chemicals textiles pharmacy pharmacies chemists trading fisheries energi energia premiership rail shire
ventures dynamics aerospace pharmaceuticals entertainment communications magazine journal review gazette herald tribune telegraph guardian observer daily weekly online web
website blog foundation trust charity campaign movement front brigade battalion regiment division corps guard station
airport port bridge street road avenue square parade crescent terrace river creek reservoir lake mountain mount island islands sea ocean valley desert coast
bay gulf strait canal tower building hall palace castle cathedral mosque temple stadium arena theatre theater library
gallery market mall hotel restaurant studios records labs laboratory lab research
android iphone ipad google microsoft apple facebook twitter amazon day week month year war crisis revolution
election elections referendum olympic world supreme federal national international central regional
municipal local general global royal imperial people's peoples democratic communist socialist republican conservative
liberal labour nationalist
shelf glacier fjord peninsula archipelago reef atoll lagoon plateau volcano crater basin canyon
archaeology anthropology geology biology chemistry physics economics linguistics maritime
zoo aquarium sanctuary elementary electoral row terrace crescent boulevard quay wharf embankment
village town hamlet municipality commune suburb liberals conservatives democrats republicans socialists communists greens
advisory consultancy associates aggregates quarry quarries coin tickets works
cricket rugby football athletics cycling tennis hockey basketball netball baseball
minera grupo empresa constructora inversiones ceramiche costruzioni industrie gruppo
unions federations associations councils committees ministries parties companies broadband
rovers wanderers rangers athletic albion parks
power marine solar utilities steel farms dairy freight water fresh
township townships cooperative co-operative co-op commissioners house
orbital pass reisen werke technik logistik`);

/** Capitalised words that begin sentences or headlines and are not names. */
export const FUNCTION_WORDS = set(`a an the this that these those there here it its it's he she they we i you his her their our my your
him them us me who whom whose which what when where why how and or but nor so yet for of in on at by to from with without
about above across after against along among around as before behind below beneath beside between beyond during except
inside into like near off onto out outside over past since through throughout till toward towards under until up upon
within also although because if unless while whereas though even just only still then thus however meanwhile moreover
nevertheless otherwise instead indeed both either neither each every all any some many most much more few several no not
one two three four five six seven eight nine ten first second third last next new old other another such same own
said says told according despite following after before later earlier today yesterday tomorrow tonight now`);

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Verbs and phrases that attribute words to a source. Lower-case base forms are expanded by `cueForms`. */
export const SPEECH_VERBS = [
  'say', 'tell', 'ask', 'add', 'state', 'note', 'explain', 'declare', 'announce', 'warn', 'insist', 'argue', 'claim',
  'write', 'conclude', 'reply', 'respond', 'answer', 'remark', 'comment', 'acknowledge', 'admit', 'confirm', 'deny',
  'reason', 'observe', 'suggest', 'tweet', 'post', 'report', 'describe', 'call', 'urge', 'stress', 'emphasise', 'emphasize',
  'predict', 'recall', 'continue', 'testify', 'assert', 'maintain', 'proclaim', 'quip', 'joke', 'exclaim', 'shout',
  'whisper', 'tell', 'agree', 'complain', 'point out', 'go on', 'vow', 'promise', 'pledge', 'caution', 'contend',
  'allege', 'charge', 'demand', 'plead', 'concede', 'boast', 'believe', 'recount', 'reveal', 'disclose', 'underline',
  'praise', 'hail', 'lament', 'criticize', 'criticise', 'condemn', 'dismiss', 'disagree', 'counter', 'retort', 'object',
  'chant', 'yell', 'scream', 'cry', 'cite',
];

/** Irregular past forms of speech verbs. */
const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying'], tell: ['told', 'tells', 'telling'], write: ['wrote', 'writes', 'written', 'writing'],
  go: ['went'], 'go on': ['went on', 'goes on'], testify: ['testified', 'testifies'], reply: ['replied', 'replies'],
  deny: ['denied', 'denies'], quip: ['quipped', 'quips'], plead: ['pleaded', 'pled', 'pleads'],
};

/** Every inflected form of the speech verbs, lower-cased, multi-word forms included. */
export const CUE_FORMS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const v of SPEECH_VERBS) {
    const irregular = IRREGULAR[v];
    if (irregular) { for (const f of irregular) out.add(f); continue; }
    if (v.includes(' ')) {
      const [head, ...rest] = v.split(' ');
      for (const f of inflect(head!)) out.add([f, ...rest].join(' '));
      continue;
    }
    for (const f of inflect(v)) out.add(f);
  }
  return new WordSet(out);
})();

function inflect(v: string): string[] {
  const third = /(s|sh|ch|x|z)$/.test(v) ? v + 'es' : /[^aeiou]y$/.test(v) ? v.slice(0, -1) + 'ies' : v + 's';
  const past = v.endsWith('e') ? v + 'd' : /[^aeiou]y$/.test(v) ? v.slice(0, -1) + 'ied' : v + 'ed';
  return [v, third, past];
}

/** Multi-word attribution phrases that precede their source ("according to X"). */
export const PRECEDING_SOURCE_CUES = ['according to', 'quoting', 'in the words of', 'as quoted by', 'cited by'];

/** Markers that the text itself contests a claim, each with how its claim is found. */
export interface DisputeCue {
  pattern: RegExp;
  /**
   * `clause`: the clause that holds the cue; `that`: the clause after the cue ("denied that ...");
   * `before`: the clause before the cue's own ("X, although a report disputed those figures");
   * `preceding`: the sentence up to the cue, which comments on it ("X, a claim the union rejected");
   * `previous`: the sentence before, which the cue's sentence calls false ("Critics called it a lie").
   */
  scope: 'clause' | 'that' | 'before' | 'preceding' | 'previous';
  /**
   * The hint words (claims.ts, DISPUTE_HINT) of which a match holds at least one, as bits of `H`: a
   * sentence is tried only with the cues whose hints it holds. A unit test holds these to the patterns.
   */
  needs: number;
}

/** Groups of dispute hint words, one bit each (claims.ts reads which a sentence holds). */
export const H = {
  DENY: 1, ALLEGE: 2, REPORTEDLY: 4, ACCUSE: 8, CONFIRM: 16, PRETEXT: 32, LIE: 64, EVIDENCE: 128, CHARGE: 256, DOUBT: 512,
  REJECT: 1024, DISPUT: 2048, REFUT: 4096, DISMISS: 8192, CONTEST: 16384, QUESTION: 32768, CHALLENGE: 65536, FALSE: 131072,
  OFFICIALS: 262144, INSIST: 524288,
} as const;

/** What calls a claim false after it: "is simply untrue", "was a lie" (claims.ts ends the claim where this starts). */
export const CALLED_FALSE = String.raw`(?:is|are|was|were) (?:simply |plainly |completely |totally |utterly |just |absolutely )?(?:untrue|false|wrong|baseless|unfounded|groundless|nonsense|a lie|not true)\b`;

export const DISPUTE_CUES: DisputeCue[] = [
  // First, so they win over a bare verb inside them ("a claim the museum denied").
  // "..., a claim rejected by Downing Street"; "Mr Farage's claim was rejected by No 10".
  { pattern: /,\s(?:a|an) (?:claim|allegation|accusation|assertion|charge|characteri[sz]ation|version|account) (?:that (?:was|has been) |which (?:was|has been) )?(?:disputed|denied|rejected|dismissed|contested|refuted) by\b/iu, scope: 'preceding', needs: H.DISPUT | H.DENY | H.REJECT | H.DISMISS | H.CONTEST | H.REFUT },
  { pattern: /\b(?:claims?|allegations?|accusations?|assertions?|charges?|accounts?|versions?|figures?|stor(?:y|ies)|that|this) (?:is|was|were|has been|have been) (?:(?:swiftly|quickly|flatly|strongly|firmly|also|hotly|widely) )?(?:disputed|denied|rejected|dismissed|contested|refuted|challenged|questioned)\b/iu, scope: 'previous', needs: H.DISPUT | H.DENY | H.REJECT | H.DISMISS | H.CONTEST | H.REFUT | H.CHALLENGE | H.QUESTION },
  // "..., a claim that has not been confirmed by independent monitors".
  { pattern: /,\s(?:a|an) (?:claim|allegation|accusation|assertion|figure|number|estimate|report|account|version|link|connection) (?:that |which )?(?:[\p{L}’' -]{1,40}? )?(?:has|have|had|could|can|was|were|is|are|would|will|did|does) not (?:yet )?(?:been |be )?(?:independently )?(?:confirmed|verified|confirm|verify)\b/iu, scope: 'preceding', needs: H.CONFIRM },
  // Contested after the claim: "..., a claim the union rejected", "..., which Kyiv called a pretext".
  // (", figures the mayor's office disputed", ", a claim the association has never accepted")
  { pattern: /,\s(?:(?:a|an) (?:claim|allegation|accusation|assertion|charge|characteri[sz]ation|version|account|figure|number|estimate|assessment|finding|timeline|label|description)|(?:claims|allegations|accusations|figures|numbers|estimates|findings)) (?:that |which )?[\p{L}’' ,-]{1,60}? (?:has |have |had )?(?:disputed|disputes|dispute|denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|dismiss|contested|contests|contest|refuted|refutes|refute|never accepted|not accepted)\b/iu, scope: 'preceding', needs: H.DISPUT | H.DENY | H.REJECT | H.DISMISS | H.CONTEST | H.REFUT },
  // "said he would not accept the official result": what the result says, in the sentence before.
  { pattern: /\b(?:(?:would|will|did|does|do|could) not|never|refused to|refuses to|refusing to) accept (?:the |this |that |these |those |its |their )?(?:official |final |provisional )?(?:results?|outcome|verdict|count|figures?|findings?|conclusions?|claims?)\b/i, scope: 'before', needs: H.REJECT },
  // "..., an account the historian called \"a convenient fiction\"".
  { pattern: /,\s(?:a|an) (?:claim|allegation|accusation|assertion|characteri[sz]ation|version|account|figure|story|explanation) (?:that |which )?[\p{L}’' .-]{1,60}? (?:called|calls|described|describes|dismissed|dismisses|branded|brands|denounced|denounces) (?:it |them )?(?:as )?["“'‘]?(?:a |an )?(?:[\p{L}-]+ )?(?:pretext|lie|lies|fabrication|fiction|false|baseless|fake news|unfounded|untrue|nonsense|myth|fantasy|invention|invented|speculative|exaggerated|inaccurate|misleading)\b/iu, scope: 'preceding', needs: H.PRETEXT | H.LIE | H.FALSE },
  { pattern: /,\swhich [\p{L}’' -]{1,50}? (?:has |have |had )?(?:disputed|disputes|dispute|denied|denies|deny|rejected|rejects|reject|refuted|refutes|refute|(?:called|calls|described|describes|dismissed|dismisses|branded|brands|denounced|denounces) (?:it |them )?(?:as )?["“'‘]?(?:a |an )?(?:completely |totally |utterly |entirely |pure )?(?:pretext|lie|lies|fabrication|false|baseless|fake news|unfounded|untrue|invention|fiction|fantasy|nonsense))\b/iu, scope: 'preceding', needs: H.DISPUT | H.DENY | H.REJECT | H.REFUT | H.PRETEXT | H.LIE | H.FALSE },
  { pattern: /\b(?:disputed|disputes|dispute|rejected|rejects|reject|denied|denies|deny|contested|contests|contest|questioned|questions|question|challenged|challenges|challenge|dismissed|dismisses|refuted|refutes) (?:all )?(?:those|these|the|such|this|that|his|her|their|its|any|both|(?:the )?\p{L}[\p{L}-]*(?:'s|’s|s'|s’)) (?:(?:wrong|criminal|personal|[\p{L}]+-[\p{L}]+|\p{Ll}+) )?(?:figures?|numbers?|claims?|findings?|conclusions?|data|results?|estimates?|statistics|accounts?|versions?|reports?|assertions?|allegations?|accusations?|charges?|criticisms?|remarks?|comments?|characteri[sz]ations?|testimony|evidence|wrongdoing|involvement|views?|interpretations?|readings?|arguments?|theory|theories)\b(?! that)(?![’']s\b)/iu, scope: 'before', needs: H.DISPUT | H.DENY | H.REJECT | H.DISMISS | H.CONTEST | H.REFUT | H.QUESTION | H.CHALLENGE },
  { pattern: /\bdespite (?:its|his|her|their|the) (?:repeated |strong |official )?denials?\b/i, scope: 'clause', needs: H.DENY },
  // "The contractor has denied withholding wages", "The elder Carvalho denied asking for any payment": a
  // denial that restates the claim made before it points back at that claim.
  { pattern: /\b(?:denied|denies|deny)\s+(?:ever\s+|knowingly\s+|personally\s+)?[a-z]+ing\b/u, scope: 'before', needs: H.DENY },
  // "..., though both men have denied any rift": what the clause before says.
  { pattern: /\b(?:denied|denies|deny|denying) any [\p{L}-]+(?=\s*(?:[.;!?,]|$))/iu, scope: 'before', needs: H.DENY },
  { pattern: /\b(?:denied|denies|deny|denying|rejected|rejects|disputed|disputes|refuted|refutes|dismissed) (?:the |these |those |such |any )?(?:accusations?|allegations?|claims?|reports?|charges?|suggestions?) (?:that\b)?/i, scope: 'that', needs: H.DENY | H.REJECT | H.DISPUT | H.REFUT | H.DISMISS },
  // "..., but observers disputed that.", "He denied it.", "the company denied this when contacted": a
  // pronoun object points back at the claim before.
  { pattern: /\b(?:disputed|disputes|dispute|rejected|rejects|reject|denied|denies|deny|contested|contests|contest|refuted|refutes|dismissed|dismisses|questioned) (?:that|this|it|them)(?=\s*(?:[.;!?,]|$)|\s+(?:when|after|before|during|in|on|at|through|via)\b)/i, scope: 'before', needs: H.DISPUT | H.REJECT | H.DENY | H.CONTEST | H.REFUT | H.DISMISS | H.QUESTION },
  { pattern: /\b(?:denied|denies|denying|disputed|disputes|refuted|refutes|contested|contests) that\b/i, scope: 'that', needs: H.DENY | H.DISPUT | H.REFUT | H.CONTEST },
  { pattern: /\b(?:denied|denies|denying)\b/i, scope: 'clause', needs: H.DENY },
  { pattern: /\b(?:rejected|rejects|dismissed|dismisses|denied|denies|disputed|disputes|contested|contests|challenged|challenges|questioned|questions) (?:(?:the )?\p{L}[\p{L}-]*(?:'s|’s|s'|s’) |the |his |her |their |its )?(?:assertions?|claims?|allegations?|accusations?|suggestions?|reports?|conclusions?|findings?|evidence|accounts?|versions?|arguments?|views?|theory|theories|explanations?)(?: that\b)?/iu, scope: 'that', needs: H.REJECT | H.DISMISS | H.DENY | H.DISPUT | H.CONTEST | H.CHALLENGE | H.QUESTION },
  // "rejected a report in the Brenmoor Courier that ...": what the report says, past where it appeared.
  { pattern: /\b(?:rejected|rejects|dismissed|dismisses|denied|denies|disputed|disputes) (?:a|the) (?:reports?|claims?|story|stories|suggestions?) (?:in|by|from|on) [^,;.!?"“”]{1,50}? that\b/iu, scope: 'that', needs: H.REJECT | H.DISMISS | H.DENY | H.DISPUT },
  // "disputed Tally’s headline claim that ...": a word may qualify the claim.
  { pattern: /\b(?:rejected|rejects|dismissed|dismisses|denied|denies|disputed|disputes|contested|contests|challenged|challenges|questioned|questions) (?:(?:the )?\p{L}[\p{L}-]*(?:'s|’s|s'|s’) |the |his |her |their |its )[\p{L}-]+ (?:assertions?|claims?|allegations?|accusations?|suggestions?|reports?|conclusions?|findings?|accounts?) that\b/iu, scope: 'that', needs: H.REJECT | H.DISMISS | H.DENY | H.DISPUT | H.CONTEST | H.CHALLENGE | H.QUESTION },
  { pattern: /\b(?:alleges|allege|alleging|alleged) that\b/i, scope: 'that', needs: H.ALLEGE },
  // "the belief, rejected by scientists, that they can treat arthritis".
  { pattern: /\b(?:belief|claim|notion|idea|theory|assertion|view|suggestion)s?,\s(?:long |widely |since )?(?:rejected|disputed|denied|dismissed|contested|refuted|questioned) by [^,;]{1,50},\sthat\b/iu, scope: 'that', needs: H.REJECT | H.DISPUT | H.DENY | H.DISMISS | H.CONTEST | H.REFUT | H.QUESTION },
  // "investigating an allegation that Moncur moved ...": what is alleged.
  { pattern: /\b(?:an |the |new |further )?(?:allegations?|accusations?) that\b/i, scope: 'that', needs: H.ALLEGE | H.ACCUSE },
  { pattern: /\b(?:alleges|allege|alleging)\b/i, scope: 'that', needs: H.ALLEGE },
  { pattern: /\b(?:is|are|was|were|been|being) (?:also )?(?:charged|indicted) (?:with|for|on)\b/i, scope: 'that', needs: H.CHARGE },
  { pattern: /\bcharg(?:es|ed|ing) (?:him|her|them|\p{Lu}[\p{L}-]+) with\b/u, scope: 'that', needs: H.CHARGE },
  { pattern: /\b(?:(?:cast|casts|casting|raised|raises|expressed|expresses) doubts? (?:on|about|over)|(?<!\b(?:no|without|little|any|beyond)\s)doubts? (?:about|over|that|whether))\b/i, scope: 'that', needs: H.DOUBT },
  // "X doubts the commitment made by Y" (a verb); "there is no doubt that" is the opposite.
  { pattern: /(?<!\b(?:no|without|little|any)\s)\b(?:doubts|doubted) (?:the|his|her|their|its)\b/i, scope: 'that', needs: H.DOUBT },
  { pattern: /\b(?:allegedly|alleged|reportedly|purportedly|supposedly)\b/i, scope: 'clause', needs: H.ALLEGE | H.REPORTEDLY },
  { pattern: /(?<!\b(?:nobody|no one|none|no-one)\s+(?:is|are|was|were|has|have)?\s*(?:being\s+|been\s+)?)\b(?:is|are|was|were|been|being) accused of\b/i, scope: 'clause', needs: H.ACCUSE },
  { pattern: /(?<!\bthe\s|\b(?:nobody|no one|no-one|none)\s+(?:is\s+|are\s+|was\s+|were\s+|has\s+|have\s+)?(?:being\s+|been\s+)?)\baccused\b[^.;]{0,40}? of\b/i, scope: 'clause', needs: H.ACCUSE },
  // "Prosecutors accuse Montenegro of steering contracts": the charge is what follows "of".
  { pattern: /\b(?:accuse|accuses|accusing)\b[^.;]{0,40}? of\b/i, scope: 'that', needs: H.ACCUSE },
  // "A mountaineer's claim to have made the first winter ascent has been called into question".
  // (Only the passive: "The crash has called into question the rules" contests nothing said.)
  { pattern: /\b(?:(?:has|have|had)\s+(?:(?:now|since|also|increasingly|seriously)\s+)?been|was|were|is|are|being)\s+(?:(?:now|also|increasingly|seriously)\s+)?called into question\b/i, scope: 'clause', needs: H.QUESTION },
  { pattern: /\bunconfirmed\b/i, scope: 'clause', needs: H.CONFIRM },
  { pattern: /\b(?:has|have|had|could|can|cannot|could not|has not|have not) (?:not )?(?:yet )?(?:been )?(?:be )?independently (?:verified|confirmed)\b/i, scope: 'clause', needs: H.CONFIRM },
  // "The observatory said it could not confirm the reports": what the reports said is in the sentence before.
  { pattern: /\b(?:could not|cannot|can't|were unable to|was unable to|(?:has|have|had) not been able to) (?:independently )?(?:verify|confirm) (?:the|these|those|such|that|this|its|their) (?:reports?|claims?|accounts?|allegations?|figures?|posts?|images?|videos?|footage|photos?|photographs?|sightings?|rumou?rs?)\b/i, scope: 'previous', needs: H.CONFIRM },
  { pattern: /\b(?:could not|cannot|can't|were unable to|was unable to) (?:be )?(?:independently )?(?:verify|verified|confirm|confirmed)\b/i, scope: 'clause', needs: H.CONFIRM },
  // "The claim has never been confirmed", "the figure was not independently verified".
  { pattern: /\b(?:(?:has|have|had) (?:never|not)(?: yet)? been|(?:was|were|is|are) (?:never|not)(?: yet)?) (?:independently |officially )?(?:confirmed|verified)\b/i, scope: 'clause', needs: H.CONFIRM },
  // "Investigators have not confirmed the account.": the account is the sentence before.
  { pattern: /\b(?:officials|police|investigators|authorities|prosecutors|the (?:company|ministry|government|army|military|police)) (?:have|has|had) not (?:yet )?(?:confirmed|verified) (?:(?:the|that|this|these|those) (?:account|accounts|report|reports|claim|claims|allegation|allegations|figure|figures|version)|that|this|it)(?=\s*[.;!?]|\s*$)/i, scope: 'previous', needs: H.OFFICIALS | H.CONFIRM },
  // "The board has not confirmed this, and ...": any named or described subject, before a sentence end or a clause of its own.
  { pattern: /\b(?:the|its|their)\s+(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+\s+(?:have|has|had) not (?:yet )?(?:confirmed|verified) (?:that|this|it)(?=\s*[.;!?]|\s*$|,\s+(?:and|but)\b)/iu, scope: 'previous', needs: H.CONFIRM },
  // "... was a former cleaner, which the prosecutor's office has not confirmed.": what the clause before says.
  { pattern: /,\s+which\s+(?:[\p{L}’'-]+\s+){1,4}(?:have|has|had) not (?:yet )?(?:been able to )?(?:confirm|confirmed|verify|verified)(?=\s*[.;!?]|\s*$)/iu, scope: 'preceding', needs: H.CONFIRM },
  // (Not a question left open: "Police have not said whether ...", "when the results will be released".)
  { pattern: /\b(?:officials|police|investigators|authorities|prosecutors|the (?:company|ministry|government|army|military|police)) (?:have|has|had) not (?:yet )?(?:said|confirmed)\b(?!\s+(?:whether|when|how|why|who|what|where|which|if)\b)/i, scope: 'clause', needs: H.OFFICIALS | H.CONFIRM },
  // "Mendes said Kessler was lying": what the sentence before reported.
  // (Not a general truth: "Children know when an adult is lying to them".)
  { pattern: /(?<!\b(?:when|if|whether|unless)\s+(?:\S+\s+){0,3})\b(?:was|were|is|are) lying(?=\s*(?:[.,;!?"”]|$|\s+(?:about|to|when|and|again)\b))/i, scope: 'previous', needs: H.LIE },
  { pattern: /\bas (?:a |an )?(?:mere |simple )?pretext\b/i, scope: 'clause', needs: H.PRETEXT },
  { pattern: /\bunder the (?:absurd |false |flimsy )?pretext (?:that\b|of\b)?/i, scope: 'that', needs: H.PRETEXT },
  // ("called that figure “wildly inflated”")
  { pattern: /\b(?:called|calling|branded|described) (?:it|this|that|(?:the|that|this) (?:claim|report|allegation|timeline|figure|account|estimate|version|suggestion)s?) (?:as )?["“'‘]?(?:a |an )?(?:(?:simply|pure|complete|total|utter|wildly|grossly|hugely|greatly|massively) )?(?:lie|lies|fabrication|false|baseless|fake news|misleading|inaccurate|exaggerated|inflated|untrue|nonsense|invented)\b/i, scope: 'previous', needs: H.LIE | H.FALSE },
  // "With respect to Councillor Ambrose, that is simply not true.": what the sentence before said.
  { pattern: /\b(?:that|this|it)(?:'s|’s| is| was) (?:simply |just |completely |totally |absolutely |categorically )?(?:not true|untrue|false|a lie|nonsense)\b/i, scope: 'previous', needs: H.FALSE | H.LIE },
  // "Whitfield's claim is false."
  { pattern: /\b(?:claims?|statements?|assertions?|allegations?|figures?|reports?|accounts?|findings?|conclusions?) (?:is|are|was|were) (?:also )?(?:simply |plainly |completely |totally )?(?:false|untrue|baseless|unfounded|misleading|groundless|without (?:any )?foundation|wrong|inaccurate)\b/i, scope: 'previous', needs: H.FALSE },
  // "the suggestion that we ignored a broken fence is simply untrue": what the suggestion says.
  { pattern: new RegExp(String.raw`\b(?:suggestions?|claims?|allegations?|accusations?|assertions?|ideas?|notion|reports?) that\b(?=[^.;!?"“”]{4,200}?\b${CALLED_FALSE})`, 'i'), scope: 'that', needs: H.FALSE | H.LIE },
  // "..., but the coastguard said it had no confirmation of that": what the clause before reports.
  { pattern: /\b(?:had|has|have) (?:no|not received any|not had any) (?:independent |official )?confirmation (?:of|for) (?:that|this|it|the (?:report|claim|account|figures?))\b/i, scope: 'before', needs: H.CONFIRM },
  // "(X) asserted ... not": a party insists on the opposite of a charge.
  { pattern: /\b(?:asserted|asserts|insisted|insists) (?:that )?(?:[\p{L}’']+ ){1,4}?(?:had|has|have|was|were|is|are|did|does|do|would|will|could)(?: not|n[’']t| never)\b/iu, scope: 'clause', needs: H.INSIST },
  { pattern: /\bwithout (?:providing |offering |giving )?(?:any )?evidence\b/i, scope: 'clause', needs: H.EVIDENCE },
  // "Haddad offered no evidence for the allegation.": the allegation is the sentence before.
  { pattern: /\b(?:offered|offers|provided|provides|gave|gives|produced|produces|presented|presents) no evidence (?:for|of|to support|to back up) (?:the|his|her|their|its|that|this|these|those|such) (?:allegations?|claims?|accusations?|assertions?|suggestions?|charges?)(?=\s*[.;!?]|\s*$)/i, scope: 'previous', needs: H.EVIDENCE },
  { pattern: /\b(?:false|baseless|unfounded|unsubstantiated) (?:claims?|allegations?|accusations?)\b/i, scope: 'clause', needs: H.FALSE },
];
