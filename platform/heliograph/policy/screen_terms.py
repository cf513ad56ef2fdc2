"""Word lists for the sensitive-data screen (``heliograph.policy.screen``).

Plain lower-case phrases, written without accents. ``screen.py`` escapes them, lets a space
match a space or a hyphen, an apostrophe be optional, and turns each list into one
alternation. Add words here, not in the patterns.
"""

from __future__ import annotations

# fmt: off

# --- people close to the writer -----------------------------------------------------------

RELATIVES = (
    "wife", "wives", "husband", "partner", "spouse", "fiance", "fiancee", "boyfriend", "girlfriend",
    "ex", "ex-wife", "ex-husband", "son", "daughter", "kid", "child", "children", "baby", "babies",
    "toddler", "teenager", "teen", "boy", "girl", "twin", "mum", "mom", "mam", "mummy", "mommy",
    "mother", "dad", "daddy", "father", "parent", "folks", "brother", "sister", "sibling",
    "grandma", "granny", "gran", "nan", "nana", "nanna", "grandmother", "grandad", "granddad",
    "grandpa", "grandfather", "grandparent", "great-grandmother", "great-grandfather",
    "great-grandparent", "grandson", "granddaughter", "grandchild", "grandchildren", "grandkid",
    "aunt", "auntie", "aunty", "uncle", "cousin", "nephew", "niece", "mother-in-law",
    "father-in-law", "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law", "in-laws",
    "stepson", "stepdaughter", "stepmum", "stepmom", "stepmother", "stepdad", "stepfather",
    "stepbrother", "stepsister", "friend", "mate", "buddy", "pal", "neighbour", "neighbor",
    "colleague", "coworker", "co-worker", "boss", "flatmate", "roommate", "housemate", "family",
    "relative", "relation", "ancestor", "household", "people", "lodger", "tenant", "carer",
    "landlady", "landlord", "classmate", "godson", "goddaughter", "godmother", "godfather",
    "bestie", "oh", "dh", "dw", "ds", "dd", "hubby", "hubs", "wifey", "missus", "mrs", "fella",
    "bf", "gf", "mil", "fil", "youngest", "eldest", "oldest", "middle one", "little one",
    "little ones", "other half", "better half", "firstborn", "newborn", "significant other",
    "middle child", "grandbaby", "lad", "lads", "lass", "bairn", "kiddo", "foster son",
    "foster daughter", "foster child",
)
RELATIVE_ADJECTIVES = (
    "little", "baby", "big", "older", "younger", "elder", "eldest", "oldest", "youngest", "late",
    "teenage", "twin", "new", "dear", "best", "old", "grown-up", "adult", "step", "whole", "own",
    "two", "three", "four", "elderly", "beloved", "lovely", "next-door", "immediate", "extended",
    "closest", "close", "good", "adopted", "foster",
)

# --- health --------------------------------------------------------------------------------

CONDITIONS = (
    "asthma", "diabetes", "type 1 diabetes", "type 2 diabetes", "cancer", "leukaemia", "leukemia",
    "lymphoma", "tumour", "tumor", "melanoma", "sarcoma", "epilepsy", "seizures", "migraines",
    "migraine", "arthritis", "osteoarthritis", "osteoporosis", "lupus", "crohn's",
    "crohn's disease", "colitis", "ibs", "coeliac disease", "celiac disease", "coeliac", "celiac",
    "multiple sclerosis", "ms", "parkinson's", "parkinson's disease", "alzheimer's",
    "alzheimer's disease", "dementia", "motor neurone disease", "mnd", "als", "a stroke",
    "a mini stroke", "heart attack", "heart attacks", "heart disease", "heart condition",
    "heart failure", "heart problems", "heart problem", "heart murmur", "heart surgery",
    "heart defect", "angina", "high blood pressure", "low blood pressure", "blood pressure",
    "hypertension", "high cholesterol", "cholesterol", "blood sugar", "copd", "emphysema",
    "bronchitis", "pneumonia", "tuberculosis", "cystic fibrosis", "sickle cell",
    "sickle cell anaemia", "sickle cell disease", "haemophilia", "hemophilia", "anaemia", "anemia",
    "hiv", "hepatitis", "hep c", "kidney disease", "kidney failure", "kidney stones",
    "kidney problems", "liver disease", "cirrhosis", "obesity", "anorexia", "bulimia",
    "an eating disorder", "eating disorder", "depression", "clinical depression",
    "postnatal depression", "postpartum depression", "anxiety", "anxiety disorder",
    "social anxiety", "panic attacks", "panic disorder", "ptsd", "post-traumatic stress", "ocd",
    "adhd", "autism", "asperger's", "aspergers", "bipolar", "bipolar disorder", "schizophrenia",
    "psychosis", "personality disorder", "borderline personality disorder", "dyslexia", "dyspraxia",
    "tourette's", "tourettes", "mental illness", "mental health issues", "mental health problems",
    "mental health", "a nervous breakdown", "nervous breakdown", "a mental breakdown", "deafness",
    "blindness", "allergy", "burnout", "long covid", "covid", "covid-19", "the flu", "flu",
    "chronic fatigue", "chronic fatigue syndrome", "me/cfs", "cfs", "fibromyalgia", "endometriosis",
    "pcos", "infertility", "fertility problems", "fertility issues", "cerebral palsy",
    "down syndrome", "down's syndrome", "downs syndrome", "spina bifida", "muscular dystrophy",
    "motor neuron disease", "paralysis", "tinnitus", "glaucoma", "cataracts", "cataract",
    "macular degeneration", "hearing loss", "sight loss", "vision loss", "insomnia", "sleep apnoea",
    "sleep apnea", "chronic pain", "back pain", "a bad back", "a slipped disc", "slipped disc",
    "hernia", "a concussion", "concussion", "brain injury", "brain tumour", "brain tumor",
    "spinal injury", "a spinal injury", "addiction", "alcoholism", "a drinking problem",
    "a drug problem", "a gambling problem", "gambling addiction", "drug addiction", "allergies",
    "a nut allergy", "nut allergy", "peanut allergy", "hay fever", "stress", "work-related stress",
    "eczema", "psoriasis", "thyroid problems", "a thyroid problem", "an underactive thyroid",
    "an overactive thyroid", "hypothyroidism", "hyperthyroidism", "gestational diabetes",
    "pre-eclampsia", "a miscarriage", "miscarriage", "miscarriages", "a stillbirth", "stillbirth",
    "a disability", "disabilities", "a learning disability", "learning disabilities",
    "a terminal illness", "terminal illness", "an illness", "a chronic illness", "chronic illness",
    "a rare disease", "a medical condition", "medical condition", "a health condition",
    "health condition", "health problems", "health issues", "a health scare", "health scare",
    "a condition", "a heart condition", "a lung condition", "a skin condition",
    "a kidney condition", "a genetic condition", "a heart attack", "cancer scare", "shingles",
    "sepsis", "meningitis", "a brain bleed", "an aneurysm", "aneurysm", "dialysis", "a transplant",
    "a kidney transplant", "a liver transplant", "a heart transplant", "a lung transplant",
    "a hip replacement", "hip replacement", "a knee replacement", "knee replacement", "surgery",
    "a mastectomy", "a hysterectomy", "a c-section", "a caesarean", "a cesarean", "a vasectomy",
    "a heart bypass", "a triple bypass", "a double bypass", "a quadruple bypass",
    "a coronary bypass", "a gastric bypass", "bypass surgery", "a gastric band", "a stent",
    "an amputation", "a broken leg", "a broken arm", "a broken hip", "a broken wrist",
    "a broken ankle", "a broken back", "a broken neck", "a broken foot", "a broken pelvis", "chemo",
    "chemotherapy", "radiotherapy", "radiation therapy", "immunotherapy", "ivf", "a panic attack",
    "an anxiety attack", "a seizure", "a blood clot", "blood clots", "a dvt", "a tia",
    "coronavirus", "measles", "mumps", "chickenpox", "malaria", "a chest infection", "an infection",
    "tonsillitis", "glandular fever", "a hernia", "gout", "vertigo", "scoliosis", "sciatica",
    "heart trouble", "heart issues", "breathing problems", "mobility issues", "mobility problems",
    "memory problems", "memory loss", "learning difficulties", "special needs", "additional needs",
    "sensory issues", "hearing problems", "eyesight problems", "fasd", "eds", "ehlers-danlos",
    "cptsd", "c-ptsd", "bpd", "gad", "ckd", "sma", "ibd", "gerd", "asd", "spd", "t1d", "t2d", "tbi",
    "afib", "a-fib", "type 1 diabetes", "an injury", "injuries", "a head injury",
    "a spinal cord injury", "spinal cord injury", "whiplash", "a brain injury",
    "seasonal affective disorder",
)
# Words that sit between a possessive and a condition: "my wife's breast cancer".
CONDITION_ADJECTIVES = (
    "chronic", "severe", "mild", "bad", "terrible", "awful", "horrible", "recent", "latest",
    "early", "early-onset", "late", "ongoing", "breast", "lung", "bowel", "prostate", "skin",
    "ovarian", "pancreatic", "brain", "blood", "cervical", "stomach", "throat", "liver", "kidney",
    "bone", "mental", "physical", "clinical", "postnatal", "postpartum", "childhood", "lifelong",
    "long-term", "rare", "genetic", "first", "second", "third", "new", "old", "recurring",
    "worsening", "serious", "terminal", "advanced", "stage", "stage 1", "stage 2", "stage 3",
    "stage 4", "aggressive", "untreated", "diagnosed", "undiagnosed", "crippling", "debilitating",
    "ptsd", "acute", "severe", "mild", "heart", "asthma", "diabetes", "epilepsy", "cancer",
    "mystery", "autoimmune", "hereditary", "borderline", "major", "minor", "emergency", "weekly",
    "daily", "monthly", "regular", "own", "very", "so-called", "little", "recurrent", "partially",
    "profoundly", "completely", "totally", "legally", "severely", "mildly", "knee", "hip", "eye",
    "ear", "shoulder", "spinal", "foot", "ankle", "wrist", "back", "neck", "hand", "type 1",
    "type 2", "sudden", "cord", "head", "nerve", "muscle", "bone", "joint", "bypass", "triple",
    "double", "quadruple", "coronary", "gastric", "registered", "feeling", "quite", "rather",
    "still", "now",
)
# Predicates after "I am / she is": "pregnant", "diabetic", "in remission".
HEALTH_STATES = (
    "pregnant", "diabetic", "pre-diabetic", "asthmatic", "epileptic", "autistic", "dyslexic",
    "dyspraxic", "disabled", "deaf", "hard of hearing", "blind", "partially sighted",
    "visually impaired", "hearing impaired", "sight impaired", "paralysed", "paralyzed",
    "paraplegic", "quadriplegic", "tetraplegic", "housebound", "bedbound", "bed-bound", "bedridden",
    "immunocompromised", "immunosuppressed", "terminally ill", "chronically ill", "seriously ill",
    "mentally ill", "critically ill", "very ill", "gravely ill", "ill", "unwell", "poorly", "sick",
    "very sick", "really sick", "clinically depressed", "suicidal", "anorexic", "bulimic",
    "bipolar", "schizophrenic", "hiv positive", "hiv-positive", "hiv+", "infertile", "in remission",
    "in a wheelchair", "wheelchair-bound", "wheelchair bound", "a wheelchair user", "an amputee",
    "on the spectrum", "on the autism spectrum", "neurodivergent", "in hospital", "in the hospital",
    "in intensive care", "in icu", "in rehab", "in recovery", "in a coma", "on crutches",
    "on the transplant list", "on a transplant list", "on the waiting list for surgery",
    "on sick leave", "on disability", "on disability benefits", "on long-term sick", "sectioned",
    "in therapy", "in treatment", "in a care home", "in hospice", "in palliative care",
    "on a ventilator", "a cancer survivor", "a stroke survivor", "a diabetic", "an epileptic",
    "an asthmatic", "a type 1 diabetic", "a type 2 diabetic", "an alcoholic",
    "a recovering alcoholic", "a recovering addict", "an addict", "sober", "in a mental hospital",
    "in a psychiatric hospital", "a carer for", "registered blind", "registered disabled",
    "colour blind", "color blind", "colourblind", "colorblind", "hypermobile", "overweight",
    "obese", "morbidly obese", "underweight", "lactose intolerant", "gluten intolerant", "coeliac",
    "celiac", "deafblind", "nonverbal", "non-verbal", "pregnant again", "expecting twins",
    "long-term sick", "going blind", "going deaf", "losing my sight", "losing my hearing",
    "losing his sight", "losing her sight", "recuperating", "cancer-free", "cancer free",
    "seizure-free", "tumour-free", "clean and sober", "in remission from cancer", "convalescing",
    "on oxygen", "on insulin", "on chemo", "on dialysis", "on medication", "on meds",
    "on antidepressants", "on the pill", "on hrt", "on methadone", "on blood thinners",
    "on steroids", "tube fed", "tube-fed", "peg fed", "on a feeding tube", "on a ventilator",
    "in the nicu", "in nicu", "in scbu", "in special care", "in the neonatal unit", "in a neonatal unit", "in the icu",
)
TREATMENTS = (
    "chemo", "chemotherapy", "radiotherapy", "radiation therapy", "radiation treatment", "dialysis",
    "insulin", "insulin injections", "metformin", "antidepressants", "antidepressant",
    "anti-depressants", "ssris", "ssri", "sertraline", "fluoxetine", "prozac", "citalopram",
    "escitalopram", "venlafaxine", "mirtazapine", "methadone", "statins", "a statin",
    "blood thinners", "warfarin", "apixaban", "beta blockers", "beta-blockers", "an inhaler",
    "inhalers", "a steroid inhaler", "an epipen", "epipen", "antipsychotics", "ritalin", "adderall",
    "methylphenidate", "concerta", "levothyroxine", "thyroxine", "morphine", "painkillers",
    "strong painkillers", "opioids", "oxycodone", "tramadol", "codeine", "gabapentin", "pregabalin",
    "prednisolone", "prednisone", "steroids", "hrt", "hormone therapy",
    "hormone replacement therapy", "ivf", "fertility treatment", "immunotherapy", "physio",
    "physiotherapy", "therapy", "counselling", "counseling", "cbt", "rehab", "medication",
    "medications", "meds", "oxygen", "home oxygen", "a ventilator", "a cpap machine", "a cpap",
    "cpap", "a pacemaker", "hearing aids", "a hearing aid", "a cochlear implant",
    "a prosthetic leg", "a prosthetic", "a prosthesis", "a wheelchair", "an electric wheelchair",
    "a mobility scooter", "crutches", "a walking frame", "a walker", "a stoma", "a colostomy bag",
    "a catheter", "a feeding tube", "a guide dog", "a hearing dog", "anti-anxiety medication",
    "anxiety medication", "antibiotics", "lithium tablets", "the pill", "contraception",
    "an insulin pump", "a glucose monitor", "a heart monitor", "a defibrillator", "a nebuliser",
    "a nebulizer", "a stairlift", "blood transfusions", "transfusions", "a transplant",
    "antiretrovirals", "sleeping pills", "sleeping tablets", "diazepam", "valium", "xanax",
    "lorazepam", "blood pressure tablets", "blood pressure medication", "heart medication",
)
# "my therapist", "my oncologist": the person's care team implies a condition.
CARE_ROLES = (
    "therapist", "oncologist", "psychiatrist", "psychologist", "counsellor", "counselor",
    "cardiologist", "neurologist", "surgeon", "physio", "physiotherapist", "midwife",
    "diabetes nurse", "cancer nurse", "dietitian", "dietician", "speech therapist",
    "occupational therapist", "care worker", "carers", "rheumatologist", "dermatologist",
    "endocrinologist", "gynaecologist", "gynecologist", "obstetrician", "psychotherapist",
    "haematologist", "nephrologist", "urologist", "pulmonologist", "health visitor",
    "district nurse", "palliative nurse", "hospice nurse", "macmillan nurse", "sponsor in aa",
    "aa sponsor",
)
ALLERGENS = (
    "nuts", "peanuts", "tree nuts", "pollen", "dust", "dust mites", "cats", "dogs", "penicillin",
    "gluten", "wheat", "dairy", "milk", "lactose", "shellfish", "fish", "eggs", "soy", "soya",
    "sesame", "bees", "bee stings", "wasps", "latex", "grass", "mould", "mold", "aspirin",
    "ibuprofen", "antibiotics", "strawberries", "kiwi",
)
ADDICTIVES = (
    "alcohol", "drink", "drugs", "heroin", "cocaine", "crack", "meth", "opioids", "painkillers",
    "gambling", "prescription drugs", "cannabis", "weed", "pills", "booze", "sleeping pills",
    "valium", "xanax", "ketamine", "spice",
)

# --- religion and belief -------------------------------------------------------------------

FAITHS = (
    "muslim", "moslem", "christian", "catholic", "roman catholic", "protestant", "anglican",
    "episcopalian", "methodist", "baptist", "southern baptist", "lutheran", "presbyterian",
    "pentecostal", "evangelical", "evangelical christian", "calvinist", "mennonite", "amish",
    "quaker", "mormon", "latter-day saint", "jehovah's witness", "jehovah's witnesses", "adventist",
    "seventh-day adventist", "christian scientist", "unitarian", "jew", "jewish", "hindu", "sikh",
    "buddhist", "jain", "zoroastrian", "parsi", "parsee", "baha'i", "bahai", "taoist", "daoist",
    "shinto", "shintoist", "confucian", "pagan", "neopagan", "neo-pagan", "wiccan", "druid",
    "heathen", "satanist", "rastafarian", "rasta", "scientologist", "atheist", "agnostic",
    "humanist", "secular humanist", "nonbeliever", "non-believer", "unbeliever", "deist",
    "pantheist", "spiritualist", "sufi", "shia", "shi'a", "shiite", "sunni", "ahmadi", "ahmadiyya",
    "ismaili", "alawite", "druze", "copt", "coptic", "coptic christian", "maronite",
    "orthodox christian", "orthodox jew", "greek orthodox", "russian orthodox", "hasidic",
    "chasidic", "haredi", "born-again christian", "born again", "born-again", "religious",
    "deeply religious", "very religious", "devout", "spiritual", "god-fearing", "churchgoer",
    "churchgoing", "church-goer", "practicing", "observant jew", "observant muslim",
    "non-religious", "irreligious", "secular", "a person of faith", "a woman of faith",
    "a man of faith", "people of faith", "christ follower", "follower of christ",
    "follower of jesus", "hare krishna", "krishna devotee", "vaishnava", "shaivite", "brahmin",
    "theist", "catholics", "muslims", "christians", "jews", "hindus", "sikhs", "buddhists",
    "mormons", "quakers", "baptists", "methodists", "lutherans", "anglicans", "evangelicals",
    "pagans", "atheists", "agnostics", "humanists", "priest", "nun", "monk", "vicar", "rabbi",
    "imam", "pastor", "deacon", "chaplain", "cantor", "granthi", "lama", "bishop", "missionary",
    "elder in the church", "sister in christ", "brother in christ", "lay preacher", "reverend",
    "minister of religion", "church minister", "methodist minister", "baptist minister",
    "lay minister", "lay reader", "churchwarden", "church warden", "sunday school teacher",
    "altar server", "altar boy", "bell ringer at church", "deaconess", "elder of the church",
    "imam", "muezzin",
)
# "a devout Catholic", "a lapsed Anglican".
FAITH_ADJECTIVES = (
    "devout", "practising", "practicing", "observant", "lapsed", "non-practising", "non-practicing",
    "proud", "strict", "committed", "born-again", "orthodox", "reform", "reformed", "secular",
    "cultural", "roman", "ultra-orthodox", "fundamentalist", "convert", "converted", "believing",
    "good", "lifelong", "devoted", "faithful", "conservative", "liberal", "progressive", "modern",
    "traditional", "evangelical", "catholic", "christian", "sunni", "shia", "hasidic", "greek",
    "russian", "coptic", "messianic", "bible-believing", "churchgoing", "card-carrying", "firm",
    "staunch", "confirmed", "deeply", "very", "quite", "fairly", "pretty", "really", "strongly",
    "happily", "unapologetic", "unashamed", "out-and-out", "full-on", "recovering", "former", "ex",
    "ex-", "non", "bit", "bit of", "kind of", "sort of", "mostly",
)
RELIGIONS = (
    "islam", "christianity", "catholicism", "judaism", "hinduism", "sikhism", "buddhism", "jainism",
    "taoism", "shintoism", "paganism", "wicca", "atheism", "agnosticism", "humanism", "mormonism",
    "scientology", "rastafari", "rastafarianism", "zoroastrianism", "the bahai faith",
    "the baha'i faith", "protestantism", "the catholic church", "the church of england",
    "the orthodox church", "the church", "the faith", "orthodoxy", "evangelicalism",
    "the lds church", "the church of jesus christ of latter-day saints", "quakerism", "methodism",
    "anglicanism", "lutheranism", "shia islam", "sunni islam", "sufism",
)
WORSHIP_PLACES = (
    "church", "chapel", "mosque", "masjid", "synagogue", "shul", "gurdwara", "mandir", "parish",
    "congregation", "kingdom hall", "prayer group", "bible study", "bible study group",
    "sunday school", "cathedral", "minster", "temple", "mass", "sunday mass", "midnight mass",
    "sunday service", "friday prayers", "services", "confession", "worship", "prayers", "sabbath",
    "the sabbath", "shabbat", "madrasa", "madrassa", "yeshiva", "cheder", "ashram", "monastery",
    "convent", "vihara", "the temple", "the mosque", "the church", "the synagogue", "the gurdwara",
)
CLERGY = (
    "priest", "parish priest", "vicar", "rabbi", "imam", "pastor", "minister", "reverend",
    "chaplain", "deacon", "bishop", "granthi", "pujari", "lama", "guru", "spiritual leader",
    "spiritual adviser", "youth pastor", "elder", "preacher", "confessor", "sheikh",
)
HOLY_DAYS = (
    "eid", "eid al-fitr", "eid al-adha", "diwali", "hanukkah", "chanukah", "hanukah", "passover",
    "pesach", "rosh hashanah", "yom kippur", "vaisakhi", "baisakhi", "holi", "navratri", "ramadan",
    "purim", "sukkot", "shabbat", "the sabbath", "lent", "ash wednesday", "good friday",
    "pentecost", "vesak", "wesak", "guru nanak jayanti", "mawlid", "ashura", "samhain", "beltane",
    "imbolc", "lughnasadh", "ostara", "ganesh chaturthi", "durga puja", "bandi chhor divas",
    "nowruz", "obon",
)
RELIGIOUS_GARB = (
    "hijab", "headscarf", "niqab", "burqa", "burka", "abaya", "jilbab", "turban", "dastar", "patka",
    "kippah", "kippa", "yarmulke", "skullcap", "tzitzit", "kara", "crucifix", "rosary", "sheitel",
    "tichel", "bindi", "tilak", "sacred thread", "clerical collar",
)

# --- race and ethnic origin ----------------------------------------------------------------

ETHNIC_GROUPS = (
    "asian", "south asian", "east asian", "southeast asian", "south-east asian", "british asian",
    "asian american", "asian-american", "hispanic", "latino", "latina", "latinx", "latine",
    "chicano", "chicana", "african american", "african-american", "afro-caribbean",
    "afro caribbean", "afro-american", "afro-latino", "afro-latina", "black british",
    "black african", "black caribbean", "caucasian", "mixed race", "mixed-race", "mixed heritage",
    "mixed ethnicity", "biracial", "bi-racial", "multiracial", "multi-racial", "multiethnic",
    "multi-ethnic", "aboriginal", "aboriginal australian", "torres strait islander",
    "first nations", "native american", "native hawaiian", "alaska native", "inuit", "inuk",
    "metis", "maori", "pacific islander", "polynesian", "melanesian", "micronesian", "roma",
    "romani", "romany", "gypsy", "gypsies", "irish traveller", "traveller", "sami", "saami",
    "kurdish", "kurd", "berber", "amazigh", "han", "han chinese", "uyghur", "uighur", "tibetan",
    "hmong", "tamil", "sinhalese", "punjabi", "gujarati", "bengali", "sindhi", "pashtun", "baloch",
    "hazara", "igbo", "ibo", "yoruba", "hausa", "fulani", "zulu", "xhosa", "ashanti", "akan", "ewe",
    "amhara", "oromo", "tigrayan", "tutsi", "hutu", "maasai", "masai", "kikuyu", "luo", "arab",
    "persian", "assyrian", "chaldean", "bedouin", "ashkenazi", "ashkenazic", "sephardi",
    "sephardic", "mizrahi", "cherokee", "navajo", "sioux", "lakota", "dakota", "apache", "cree",
    "ojibwe", "ojibwa", "mohawk", "iroquois", "hopi", "choctaw", "chickasaw", "seminole", "quechua",
    "aymara", "mapuche", "mestizo", "mestiza", "mulatto", "creole", "cajun", "eurasian",
    "afrikaner", "coloured", "anglo-indian", "dalit", "adivasi", "person of colour",
    "person of color", "woman of colour", "woman of color", "man of colour", "man of color",
    "people of colour", "people of color", "poc", "bipoc", "bame", "bme", "ethnic minority",
    "an ethnic minority", "visible minority", "racial minority", "indigenous", "gaelic", "celtic",
    "slavic", "anglo", "north african", "west african", "east african", "south african",
    "central african", "african", "caribbean", "west indian", "latin american", "middle eastern",
    "south american", "central american", "pacific islander", "romanichal", "yenish", "rohingya",
    "kashmiri", "parsi", "chinese malaysian", "peranakan", "anglo-saxon", "windrush generation",
    "the windrush generation", "windrush",
)
# Group words that are also common colours or other words: only with a person around them.
AMBIGUOUS_ETHNIC = (
    "black", "white", "brown", "indigenous", "coloured", "traveller", "han", "roma", "creole",
    "anglo", "celtic", "gaelic", "african", "caribbean", "asian",
)
DEMONYMS = (
    "afghan", "albanian", "algerian", "american", "andorran", "angolan", "argentine", "argentinian",
    "armenian", "australian", "austrian", "azerbaijani", "azeri", "bahamian", "bahraini",
    "bangladeshi", "barbadian", "bajan", "belarusian", "belgian", "belizean", "beninese",
    "bhutanese", "bolivian", "bosnian", "botswanan", "brazilian", "british", "bruneian",
    "bulgarian", "burmese", "burundian", "cambodian", "cameroonian", "canadian", "cape verdean",
    "chadian", "chilean", "chinese", "colombian", "congolese", "costa rican", "croatian", "cuban",
    "cypriot", "czech", "danish", "dominican", "dutch", "ecuadorian", "egyptian", "emirati",
    "english", "eritrean", "estonian", "ethiopian", "fijian", "filipino", "filipina", "finnish",
    "french", "gabonese", "gambian", "georgian", "german", "ghanaian", "greek", "grenadian",
    "guatemalan", "guinean", "guyanese", "haitian", "honduran", "hungarian", "icelandic", "indian",
    "indonesian", "iranian", "iraqi", "irish", "israeli", "italian", "ivorian", "jamaican",
    "japanese", "jordanian", "kazakh", "kenyan", "korean", "kosovan", "kosovar", "kuwaiti",
    "kyrgyz", "lao", "laotian", "latvian", "lebanese", "liberian", "libyan", "lithuanian",
    "macedonian", "malagasy", "malawian", "malaysian", "maldivian", "malian", "maltese",
    "mauritanian", "mauritian", "mexican", "moldovan", "mongolian", "montenegrin", "moroccan",
    "mozambican", "namibian", "nepalese", "nepali", "new zealander", "nicaraguan", "nigerian",
    "nigerien", "norwegian", "omani", "pakistani", "palestinian", "panamanian", "papua new guinean",
    "paraguayan", "peruvian", "polish", "portuguese", "puerto rican", "qatari", "romanian",
    "russian", "rwandan", "salvadoran", "salvadorean", "samoan", "saudi", "scottish", "scots",
    "senegalese", "serbian", "sierra leonean", "singaporean", "slovak", "slovenian", "somali",
    "spanish", "sri lankan", "sudanese", "surinamese", "swazi", "swedish", "swiss", "syrian",
    "taiwanese", "tajik", "tanzanian", "thai", "togolese", "tongan", "trinidadian", "tunisian",
    "turkish", "turkmen", "ugandan", "ukrainian", "uruguayan", "uzbek", "venezuelan", "vietnamese",
    "welsh", "yemeni", "zambian", "zimbabwean", "cornish", "basque", "catalan", "flemish", "breton",
    "corsican", "sicilian", "hawaiian", "tongan", "greenlandic", "faroese", "manx", "aussie",
    "brit", "scot", "pole", "turk", "dane", "swede", "finn", "greek cypriot", "turkish cypriot",
    "north korean", "south korean", "hong konger", "macanese", "tibetan", "uyghur", "kurd",
    "armenian", "bosniak", "croat", "serb", "slovene", "chechen", "tatar", "ossetian", "circassian",
    "dagestani", "yakut",
)
# Nationalities that, said alone ("I'm British", "we're a British company"), read as nationality or
# residence rather than origin; they count with an origin word ("half English", "British-born").
WEAK_DEMONYMS = (
    "british", "english", "american", "australian", "canadian", "new zealander", "aussie", "brit",
)
# After "I'm Nigerian" these nouns show a business or a thing, not a person's origin.
NOT_ORIGIN_NOUNS = (
    "company", "companies", "firm", "business", "brand", "manufacturer", "maker", "supplier",
    "installer", "installers", "distributor", "retailer", "shop", "store", "startup", "start-up",
    "organisation", "organization", "charity", "school", "college", "university", "site", "website",
    "app", "product", "products", "design", "designs", "engineering", "panel", "panels", "cell",
    "cells", "module", "modules", "inverter", "inverters", "battery", "batteries", "market",
    "markets", "version", "edition", "translation", "food", "cuisine", "restaurant", "dish", "stew",
    "recipe", "recipes", "style", "car", "cars", "model", "plug", "socket", "standard", "standards",
    "grid", "law", "laws", "government", "border", "customer", "customers", "client", "clients",
    "subsidiary", "office", "factory", "plant", "import", "imports", "export", "exports", "quality",
    "weather", "summer", "winter", "sun", "holiday", "holidays", "language", "lessons", "class",
    "classes", "course", "citizen", "citizens", "passport", "resident", "residents", "taxpayer",
    "taxpayers", "speaker", "speakers", "teacher", "team", "crew", "engineers", "roof", "house",
    "home", "bank", "account", "number", "plates", "registration", "tariff", "rules", "rail",
    "railway", "telecom", "utility", "belt", "cat", "dog", "horse", "wine", "beer", "cheese",
    "coffee", "tea", "bread", "pastry", "pastries", "food", "flag", "football", "rugby", "team",
    "league", "version", "keyboard", "layout", "subtitle", "subtitles", "dubbing", "branch",
    "division", "contract", "supply", "grid operator", "post", "tv", "television", "channel",
    "radio", "paper", "newspaper", "press", "news", "media", "label", "labels", "edition", "one",
    "ones", "kind", "type", "sort", "made", "built", "owned", "based", "designed", "manufactured",
    "sourced", "speaking", "registered", "listed", "certified", "gas", "power", "water", "airways",
    "airlines", "energy", "electric", "petroleum", "steel", "solar", "mail", "museum", "library",
    "council", "army", "navy", "express", "customer", "fan", "fans", "championship", "cup",
    "accent", "film", "films", "music",
)
# "a Black woman", "white British": after a colour word, these show a person.
PERSON_NOUNS = (
    "woman", "women", "man", "men", "person", "people", "guy", "guys", "girl", "girls", "boy",
    "boys", "lady", "ladies", "gentleman", "kid", "kids", "child", "children", "teen", "teenager",
    "mum", "mom", "mother", "dad", "father", "parent", "parents", "family", "families", "household",
    "immigrant", "immigrants", "migrant", "refugee", "refugees", "pensioner", "homeowner",
    "student", "grandmother", "grandfather", "grandma", "grandad", "grandpa", "granny", "wife",
    "husband", "son", "daughter", "brother", "sister", "couple", "engineer", "farmer",
    "entrepreneur", "owner", "teacher", "nurse", "doctor", "worker", "veteran", "single", "trans",
    "gay", "lesbian", "queer", "male", "female", "american", "british", "african", "caribbean",
    "canadian", "australian", "european", "south african", "latino", "latina", "and proud",
    "guy from", "descent", "heritage", "ancestry", "origin", "background", "roots", "community",
    "communities", "neighbourhood", "neighborhood", "household",
)

# --- politics ------------------------------------------------------------------------------

PARTIES = (
    # United Kingdom and Ireland
    "labour party", "the labour party", "conservative party", "the conservative party",
    "tory party", "tories", "tory", "liberal democrats", "lib dems", "lib dem", "green party",
    "the green party", "green party of england and wales", "scottish green party",
    "scottish greens", "snp", "scottish national party", "plaid cymru", "plaid", "ukip",
    "reform uk", "brexit party", "dup", "sinn fein", "sdlp", "alliance party", "uup",
    "ulster unionists", "fianna fail", "fine gael", "social democrats", "alba party",
    "co-operative party", "respect party", "workers party", "british national party", "bnp",
    "national front",
    # United States
    "democratic party", "republican party", "gop", "libertarian party", "democratic socialists",
    "democratic socialists of america", "dsa", "tea party", "maga",
    "green party of the united states", "working families party", "freedom caucus",
    # Germany, Austria, Switzerland
    "cdu", "csu", "cdu/csu", "spd", "fdp", "afd", "die linke", "linke", "bsw", "die grunen",
    "grunen", "bundnis 90", "fpo", "ovp", "spo", "neos", "svp", "glp",
    # France, Belgium
    "rassemblement national", "front national", "la france insoumise", "lfi", "france insoumise",
    "les republicains", "parti socialiste", "en marche", "lrem", "renaissance party", "eelv",
    "les ecologistes", "reconquete", "vlaams belang", "n-va", "parti communiste", "pcf", "modem",
    # Southern Europe
    "psoe", "partido popular", "podemos", "sumar", "vox party", "junts", "esquerra", "erc",
    "fratelli d'italia", "lega", "lega nord", "movimento 5 stelle", "five star movement", "m5s",
    "forza italia", "partito democratico", "syriza", "pasok", "new democracy", "chega",
    "bloco de esquerda",
    # Northern and eastern Europe
    "pvv", "vvd", "d66", "groenlinks", "cda", "sweden democrats", "sverigedemokraterna",
    "moderaterna", "danish people's party", "true finns", "finns party", "pis", "law and justice",
    "civic platform", "fidesz", "jobbik", "united russia",
    # Commonwealth and elsewhere
    "ndp", "new democratic party", "bloc quebecois", "liberal party of canada",
    "conservative party of canada", "people's party of canada", "labor party",
    "australian labor party", "liberal party", "the nationals", "one nation",
    "pauline hanson's one nation", "the teals", "australian greens", "national party", "act party",
    "nz first", "te pati maori", "bjp", "aam aadmi party", "indian national congress",
    "congress party", "anc", "democratic alliance", "eff", "economic freedom fighters", "likud",
    "ldp", "liberal democratic party", "pt", "psol", "morena", "kmt", "dpp", "pheu thai", "pap",
    "pti", "pml-n", "awami league", "bnp party",
)
# Party words that are also everyday English; safe right after "vote", "member of", etc.
AMBIGUOUS_PARTIES = (
    "labour", "labor", "conservative", "conservatives", "liberal", "liberals", "green", "greens",
    "the greens", "democrat", "democrats", "republican", "republicans", "reform", "national",
    "nationals", "independent", "independents", "alliance", "renaissance", "congress", "vox",
    "leave", "remain", "left", "right", "the left", "the right", "socialist", "socialists",
    "communist", "communists", "liberal democrat", "democratic", "republicans", "unionist",
    "unionists", "nationalist", "nationalists", "moderates", "centre", "center", "tory", "tories",
    "green party",
)
POLITICIANS = (
    "trump", "donald trump", "biden", "joe biden", "kamala harris", "harris", "obama", "bernie",
    "bernie sanders", "sanders", "aoc", "ocasio-cortez", "desantis", "rfk", "kennedy", "vance",
    "corbyn", "jeremy corbyn", "starmer", "keir starmer", "sunak", "boris", "boris johnson",
    "farage", "nigel farage", "truss", "badenoch", "sturgeon", "swinney", "macron", "le pen",
    "marine le pen", "melenchon", "zemmour", "bardella", "merkel", "scholz", "merz", "weidel",
    "wagenknecht", "modi", "trudeau", "poilievre", "carney", "albanese", "dutton", "lula",
    "bolsonaro", "milei", "meloni", "salvini", "orban", "erdogan", "putin", "netanyahu", "abascal",
    "wilders", "reagan", "thatcher", "blair", "clinton", "hillary", "hillary clinton", "pelosi",
    "mamdani", "newsom", "galloway", "the president", "the prime minister", "kamala", "walz",
    "tim walz", "ed davey", "davey", "carla denyer", "adrian ramsay", "rachel reeves",
    "angela rayner", "rayner", "sunak", "jacinda ardern", "ardern", "luxon", "jeremy hunt",
    "liz truss", "kemi badenoch", "elon musk",
)
# Identity words for "I'm a …". Those in IDEOLOGIES_AMBIGUOUS are everyday adjectives too.
IDEOLOGIES = (
    "socialist", "communist", "marxist", "leninist", "marxist-leninist", "trotskyist", "trot",
    "maoist", "anarchist", "anarcho-syndicalist", "libertarian", "leftist", "lefty", "leftie",
    "left-winger", "right-winger", "left-wing", "right-wing", "left wing", "right wing", "far-left",
    "far left", "far-right", "far right", "hard left", "hard right", "centre-left", "centre-right",
    "center-left", "center-right", "centre left", "centre right", "center left", "center right",
    "centrist", "nationalist", "white nationalist", "populist", "fascist", "neo-nazi", "nazi",
    "antifa", "anti-fascist", "social democrat", "democratic socialist", "eco-socialist",
    "ecosocialist", "monarchist", "royalist", "brexiteer", "brexiter", "remainer", "leaver",
    "zionist", "anti-zionist", "tory", "neoliberal", "neocon", "neoconservative", "reactionary",
    "feminist", "trumpist", "maga", "pro-life", "pro-choice", "pro-palestinian", "pro-israel",
    "pro-brexit", "anti-brexit", "pro-eu", "pro-european", "separatist", "unionist", "loyalist",
    "republican", "democrat", "conservative", "liberal", "progressive", "moderate", "radical",
    "red", "blue dog", "labourite", "corbynista", "blairite", "thatcherite", "reaganite",
    "green voter", "swing voter", "floating voter", "marxists", "socialists", "communists",
    "anarchists", "libertarians", "conservatives", "liberals", "progressives", "republicans",
    "democrats", "tories", "lib dems", "lib dem", "liberal democrat", "labour voter",
    "labour supporter", "tory voter", "green", "independent voter", "registered independent",
    "registered democrat", "registered republican", "socialist at heart", "lefty liberal", "woke",
    "anti-woke", "snowflake", "social conservative", "fiscal conservative", "fiscally conservative",
    "socially liberal", "socially conservative", "classical liberal",
)
IDEOLOGIES_AMBIGUOUS = (
    "conservative", "liberal", "progressive", "moderate", "radical", "red", "green", "republican",
    "democrat", "independent", "unionist", "woke", "loyalist", "feminist", "nationalist",
    "populist", "left", "right",
)
POLITICAL_ROLES = (
    "voter", "voters", "supporter", "supporters", "member", "members", "activist", "activists",
    "councillor", "councilor", "candidate", "mp", "mep", "mla", "msp", "delegate", "donor",
    "donors", "volunteer", "volunteers", "canvasser", "canvassers", "campaigner", "campaigners",
    "organiser", "organizer", "party member", "loyalist", "man", "woman", "fan",
    "through and through", "at heart", "diehard", "die-hard", "household", "family", "stalwart",
    "partisan", "agent", "official", "staffer",
    "guy", "girl", "lad", "person", "type", "kind of guy", "kind of person",
)
POLITICAL_ADJECTIVES = (
    "lifelong", "staunch", "die-hard", "diehard", "proud", "committed", "card-carrying", "lapsed",
    "hardline", "hard-line", "radical", "moderate", "true", "closet", "paid-up", "fully paid-up",
    "registered", "self-described", "self-confessed", "dyed-in-the-wool", "old-school", "old",
    "big", "huge", "passionate", "keen", "loyal", "longtime", "long-time", "devoted", "rabid",
    "raging", "massive", "fierce", "bleeding-heart", "left-leaning", "right-leaning", "former",
    "ex", "recovering", "reformed", "reluctant", "unrepentant", "unapologetic", "militant",
    "hardcore", "strong", "bit of a", "total", "complete", "real", "natural", "born", "typical",
    "classic", "red-blooded", "tried and true", "loud and proud", "life-long", "very", "quite",
    "pretty", "fairly", "fiscally", "socially", "economically", "politically", "firmly", "solidly",
    "deeply", "strongly", "moderately", "centrist", "democratic", "trade-union", "grassroots",
    "young", "new",
)

# --- criminal background -------------------------------------------------------------------

CRIMES = (
    "fraud", "benefit fraud", "tax fraud", "insurance fraud", "theft", "car theft", "burglary",
    "robbery", "armed robbery", "mugging", "assault", "sexual assault", "gbh", "abh",
    "grievous bodily harm", "actual bodily harm", "manslaughter", "murder", "attempted murder",
    "homicide", "arson", "shoplifting", "drink driving", "drink-driving", "drunk driving",
    "drunk-driving", "driving under the influence", "driving while intoxicated", "dui", "dwi",
    "a dui", "possession", "drug possession", "possession of cannabis", "possession of drugs",
    "dealing", "drug dealing", "dealing drugs", "selling drugs", "drug offences", "drug offenses",
    "drugs", "drug charges", "trafficking", "drug trafficking", "smuggling", "embezzlement",
    "tax evasion", "money laundering", "vandalism", "criminal damage", "trespass", "trespassing",
    "joyriding", "stalking", "harassment", "domestic abuse", "domestic violence", "affray",
    "a public order offence", "public order offences", "disorderly conduct",
    "being drunk and disorderly", "drunk and disorderly", "indecent exposure", "rape", "kidnapping",
    "blackmail", "extortion", "forgery", "bribery", "perjury", "handling stolen goods",
    "receiving stolen goods", "receiving stolen property", "carrying a knife", "knife crime",
    "a firearms offence", "firearms offences", "gun possession", "a bar fight", "a fight",
    "fighting", "a pub fight", "a street fight", "stealing", "breaking and entering", "car crime",
    "dangerous driving", "reckless driving", "hit and run", "a hit and run", "hacking",
    "cybercrime", "insider trading", "identity theft", "credit card fraud", "larceny",
    "grand theft auto", "petty theft", "a felony", "felonies", "a misdemeanor", "a misdemeanour",
    "an offence", "an offense", "a crime", "crimes", "a violent crime", "violent crime",
    "a sex offence", "sex offences", "child abuse", "animal cruelty", "criminal offences",
    "terrorism", "terrorist offences", "racketeering", "counterfeiting", "poaching", "fare dodging",
    "fare evasion", "speeding offences", "the riots", "rioting", "looting", "public indecency",
    "solicitation", "prostitution",
)
DETENTION_PLACES = (
    "prison", "jail", "gaol", "juvie", "juvenile detention", "juvenile hall", "custody",
    "police custody", "the nick", "borstal", "a young offenders institution",
    "a young offenders' institution", "young offenders", "a young offender institution", "a yoi",
    "yoi", "a detention centre", "a detention center", "a correctional facility",
    "a correctional center", "the penitentiary", "a penitentiary", "county jail", "state prison",
    "federal prison", "the pen", "the slammer", "the clink", "lockup", "the lockup",
    "a prison cell", "solitary", "remand", "a halfway house", "a secure unit", "hmp", "rikers",
    "san quentin", "prison camp",
)
OFFENDER_NOUNS = (
    "offender", "ex-offender", "former offender", "convicted offender", "young offender",
    "repeat offender", "sex offender", "registered sex offender", "first-time offender",
    "violent offender", "felon", "convicted felon", "ex-felon", "inmate", "former inmate",
    "ex-inmate", "prisoner", "ex-prisoner", "former prisoner", "convict", "ex-convict", "ex-con",
    "former convict", "jailbird", "parolee", "probationer", "criminal", "career criminal",
    "gang member", "drug dealer", "thief", "burglar", "shoplifter", "fraudster", "con man",
    "conman", "murderer", "arsonist", "returning citizen", "lifer",
)

# --- trade unions --------------------------------------------------------------------------

UNIONS = (
    # UK and Ireland
    "unite", "unite the union", "unison", "gmb", "rmt", "aslef", "tssa", "neu", "nasuwt", "nut",
    "eis", "ucu", "cwu", "pcs", "fbu", "nuj", "usdaw", "bectu", "rcn", "bma", "equity",
    "musicians' union", "prospect", "community union", "ucatt", "unite here", "siptu", "fórsa",
    "forsa", "into", "imo", "tuc", "stuc", "ictu", "nasuwt", "aep", "pfa", "poa", "napo",
    "nautilus", "balpa", "bfawu", "ufu", "nhs unions",
    # North America
    "teamsters", "the teamsters", "afl-cio", "uaw", "seiu", "ibew", "ufcw", "afscme", "usw", "cwa",
    "aft", "nea", "ilwu", "ila", "iatse", "sag-aftra", "wga", "writers guild",
    "united steelworkers", "united auto workers", "united farm workers", "ufw", "unifor", "cupe",
    "psac", "opseu", "ctf", "csn", "ftq", "iam", "iamaw", "liuna", "sheet metal workers",
    "ironworkers", "united mine workers", "umwa", "nnu", "national nurses united", "1199seiu",
    "local 1199", "twu", "atu", "afge", "nalc", "apwu", "iuoe", "bctgm", "opeiu", "ufcw local",
    "teamsters local", "ibew local", "carpenters union", "ubc", "united brotherhood of carpenters",
    "smart union", "cta", "uft",
    # Europe
    "ig metall", "verdi", "ver.di", "ig bce", "gew", "evg", "ngg", "dgb", "ig bau", "cgt", "cfdt",
    "force ouvriere", "unsa", "cfe-cgc", "cftc", "sud", "fsu", "cgil", "cisl", "uil", "ccoo",
    "comisiones obreras", "ugt", "fnv", "cnv", "abvv", "acv", "fgtb", "csc", "lo", "tco", "saco",
    "kommunal", "if metall", "fagforbundet", "3f", "hk", "pam", "jhl", "tehy", "solidarnosc",
    "solidarity union", "opzz", "gsee", "adedy", "ogb-l", "sgb", "unia", "syna", "vpod", "ögb",
    "ogb", "gpa", "pro-ge", "younion", "goed", "vida",
    # Australia, New Zealand, elsewhere
    "cfmeu", "cfmmeu", "awu", "actu", "mua", "nteu", "anmf", "etu", "amwu", "twu", "sda", "hsu",
    "cpsu", "ieu", "nzno", "etu nz", "e tu", "first union", "psa", "cosatu", "numsa", "num",
    "sadtu", "nehawu", "samwu", "kctu", "fktu", "zenroren", "rengo", "cut", "ctm", "ituc",
)
# Union names that are everyday words: only right after a membership verb or before "member".
AMBIGUOUS_UNIONS = (
    "unite", "unison", "verdi", "equity", "prospect", "community", "nut", "into", "sud", "lo",
    "cut", "num", "hk", "pam", "psa", "ila", "iam", "cta", "aft", "nea", "smart", "sda", "vida",
    "unia", "syna", "goed", "first union", "e tu", "imo", "aep", "poa", "csn", "csc", "acv", "cnv",
    "fsu", "gpa", "saco", "tco", "3f", "hsu", "ieu", "ucu", "eis", "twu", "atu", "pcs", "bma",
    "rcn", "pfa", "ufu", "cwa", "iuoe",
)
# "<occupation> union": "the teachers' union", "the electricians union".
UNION_TRADES = (
    "teachers", "nurses", "miners", "mineworkers", "dockers", "dockworkers", "carpenters",
    "electricians", "electrical", "electrical trades", "journalists", "musicians", "actors",
    "writers", "workers", "postal", "postal workers", "post office", "transport",
    "transport workers", "rail", "railway", "railworkers", "rail workers", "steel", "steelworkers",
    "auto", "autoworkers", "auto workers", "farm", "farmworkers", "farm workers", "firefighters",
    "fire brigades", "firemen", "police", "bakers", "builders", "construction",
    "construction workers", "plumbers", "painters", "bricklayers", "plasterers", "machinists",
    "engineers", "engineering", "technicians", "public service", "public services", "public sector",
    "civil service", "civil servants", "council workers", "municipal", "hospital workers",
    "health workers", "healthcare", "care workers", "doctors", "junior doctors", "pilots",
    "flight attendants", "cabin crew", "seafarers", "seamen", "maritime", "longshore",
    "longshoremen", "truckers", "drivers", "bus drivers", "taxi drivers", "cleaners", "retail",
    "shop workers", "warehouse", "warehouse workers", "hospitality", "hotel workers",
    "food workers", "textile workers", "garment workers", "printers", "print workers", "media",
    "broadcasting", "telecom", "communication workers", "communications workers", "lecturers",
    "university", "academics", "graduate workers", "graduate student", "tenants", "trades", "trade",
    "labour", "labor", "general workers", "industrial", "metalworkers", "metal workers",
    "chemical workers", "energy workers", "utility workers", "gas workers", "electricity workers",
    "power workers", "sheet metal", "iron workers", "ironworkers", "stagehands", "stage", "film",
    "film crew", "screen", "translators", "interpreters", "librarians", "social workers",
    "probation officers", "prison officers", "fire fighters", "paramedics", "ambulance", "midwives",
    "pharmacists", "dentists", "radiographers", "physios", "physiotherapists", "porters",
    "security guards", "couriers", "delivery drivers", "riders", "gig workers", "players",
    "footballers", "cricketers", "athletes", "models", "dancers", "artists", "creative workers",
    "national", "general", "independent", "amalgamated", "united", "industrial workers",
)
UNION_ROLES = (
    "member", "people", "folk", "household", "members", "membership", "rep", "reps",
    "representative", "steward", "stewards", "shop steward", "organiser", "organizer", "official",
    "officer", "activist", "delegate", "dues", "subs", "card", "branch", "local", "chapter",
    "chapel", "lodge", "meeting", "meetings", "leader", "convenor", "convener", "chair",
    "secretary", "branch secretary", "president", "treasurer", "man", "woman", "guy", "lifer",
    "brother", "sister", "family", "job", "ballot", "strike", "picket", "newsletter", "conference",
    "caucus", "committee", "executive", "health and safety rep", "learning rep", "equality rep",
    "casework", "caseworker", "negotiator", "bargaining",
)

# --- places of origin ("my parents came from Jamaica") -------------------------------------

COUNTRIES = (
    "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria",
    "azerbaijan", "the bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium",
    "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil", "bulgaria", "burma",
    "burundi", "cambodia", "cameroon", "canada", "cape verde", "chad", "chile", "china", "colombia",
    "the congo", "congo", "costa rica", "croatia", "cuba", "cyprus", "the czech republic",
    "denmark", "the dominican republic", "ecuador", "egypt", "el salvador", "eritrea", "estonia",
    "ethiopia", "fiji", "finland", "france", "gambia", "the gambia", "georgia", "germany", "ghana",
    "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras", "hong kong",
    "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy",
    "the ivory coast", "jamaica", "japan", "jordan", "kazakhstan", "kenya", "korea", "south korea",
    "north korea", "kosovo", "kurdistan", "kuwait", "laos", "latvia", "lebanon", "liberia", "libya",
    "lithuania", "macedonia", "madagascar", "malawi", "malaysia", "mali", "malta", "mauritius",
    "mexico", "moldova", "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "namibia",
    "nepal", "the netherlands", "holland", "new zealand", "nicaragua", "niger", "nigeria", "norway",
    "oman", "pakistan", "palestine", "panama", "papua new guinea", "paraguay", "peru",
    "the philippines", "poland", "portugal", "puerto rico", "qatar", "romania", "russia", "rwanda",
    "samoa", "saudi arabia", "senegal", "serbia", "sierra leone", "singapore", "slovakia",
    "slovenia", "somalia", "south africa", "spain", "sri lanka", "sudan", "south sudan", "suriname",
    "syria", "taiwan", "tajikistan", "tanzania", "thailand", "tibet", "togo", "tonga", "trinidad",
    "trinidad and tobago", "tunisia", "turkey", "turkmenistan", "uganda", "ukraine", "the uae",
    "uruguay", "uzbekistan", "venezuela", "vietnam", "yemen", "zambia", "zimbabwe", "the caribbean",
    "the west indies", "africa", "asia", "the indian subcontinent", "west africa", "east africa",
    "north africa", "the middle east", "south asia", "east asia", "southeast asia", "latin america",
    "central america", "south america", "the punjab", "punjab", "gujarat", "bengal", "kashmir",
    "sicily", "the balkans", "scandinavia", "the pacific islands", "the philippines", "cuba",
)
# Kinship words used like a name: "Dad was a shop steward", "Nana was Cherokee".
KIN_NAMES = (
    "mum", "mom", "mam", "mummy", "mommy", "mama", "momma", "dad", "daddy", "papa", "nana", "nan",
    "nanna", "gran", "granny", "grandma", "grandpa", "grandad", "granddad", "gramps", "grampa",
    "nonna", "nonno", "oma", "opa", "abuela", "abuelo", "babcia", "dziadek", "bubbe", "zayde",
    "hubby", "wifey", "missus", "the missus", "the mrs",
)
