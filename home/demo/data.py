# ruff: noqa: E501  (prose and translations read best one sentence per line)
"""The coalition's vocabulary for the demo: countries, themes, SDGs, organisations, people.

Texts are given in the six content languages where the demo translates them; a missing
language means "not translated", and wagtail-localize then keeps the source text. A
``(feminine, masculine)`` pair is used where a role title depends on the person's gender.
"""

import datetime
from dataclasses import dataclass, field

EN, FR, ES, AR, RU, ZH = "en", "fr", "es", "ar", "ru", "zh-hans"
LANGUAGES = (EN, FR, ES, AR, RU, ZH)
OTHER_LANGUAGES = (FR, ES, AR, RU, ZH)

DEMO_PASSWORD = "demo-password-change-me"  # noqa: S105  (printed for local logins, never used in production)
DEMO_COLLECTION = "Demo content"
LAUNCH_DATE = datetime.date(2018, 9, 27)
COLOMBIA_JOINED = datetime.date(2019, 9, 24)


@dataclass(frozen=True)
class Flag:
    """A simple flag-like pattern; never an accurate flag."""

    pattern: str
    colours: tuple
    emblem: str = ""


@dataclass(frozen=True)
class Country:
    code: str
    names: dict
    flag: Flag
    joined_on: datetime.date = LAUNCH_DATE
    founding: bool = True
    contact_name: str = ""
    # French and Spanish need the article before some country names ("par la Norvège").
    by: dict = field(default_factory=dict)

    @property
    def name(self):
        return self.names[EN]

    @property
    def contact_email(self):
        return f"contact-{self.code.lower()}@mission.example.org"


COUNTRIES = [
    Country(
        "AR",
        {
            EN: "Argentina",
            FR: "Argentine",
            ES: "Argentina",
            AR: "الأرجنتين",
            RU: "Аргентина",
            ZH: "阿根廷",
        },
        Flag("horizontal", ("#74acdf", "#ffffff", "#74acdf"), emblem="#f6b40e"),
        contact_name="Lucía Benítez",
        by={FR: "l'Argentine", ES: "la Argentina"},
    ),
    Country(
        "BF",
        {
            EN: "Burkina Faso",
            FR: "Burkina Faso",
            ES: "Burkina Faso",
            AR: "بوركينا فاسو",
            RU: "Буркина-Фасо",
            ZH: "布基纳法索",
        },
        Flag("horizontal", ("#ef2b2d", "#009e49"), emblem="#fcd116"),
        contact_name="Issouf Kaboré",
        by={FR: "le Burkina Faso", ES: "Burkina Faso"},
    ),
    Country(
        "CV",
        {
            EN: "Cabo Verde",
            FR: "Cabo Verde",
            ES: "Cabo Verde",
            AR: "كابو فيردي",
            RU: "Кабо-Верде",
            ZH: "佛得角",
        },
        Flag("low_band", ("#003893", "#ffffff", "#cf2027"), emblem="#f7d116"),
        contact_name="Marta Semedo",
        by={FR: "le Cabo Verde", ES: "Cabo Verde"},
    ),
    Country(
        "CL",
        {EN: "Chile", FR: "Chili", ES: "Chile", AR: "شيلي", RU: "Чили", ZH: "智利"},
        Flag("canton", ("#ffffff", "#d52b1e", "#0039a6"), emblem="#ffffff"),
        contact_name="Felipe Araya",
        by={FR: "le Chili", ES: "Chile"},
    ),
    Country(
        "GE",
        {EN: "Georgia", FR: "Géorgie", ES: "Georgia", AR: "جورجيا", RU: "Грузия", ZH: "格鲁吉亚"},
        Flag("cross", ("#ffffff", "#ff0000")),
        contact_name="Levan Gelashvili",
        by={FR: "la Géorgie", ES: "Georgia"},
    ),
    Country(
        "ID",
        {
            EN: "Indonesia",
            FR: "Indonésie",
            ES: "Indonesia",
            AR: "إندونيسيا",
            RU: "Индонезия",
            ZH: "印度尼西亚",
        },
        Flag("horizontal", ("#ce1126", "#ffffff")),
        contact_name="Rini Hartono",
        by={FR: "l'Indonésie", ES: "Indonesia"},
    ),
    Country(
        "NZ",
        {
            EN: "New Zealand",
            FR: "Nouvelle-Zélande",
            ES: "Nueva Zelandia",
            AR: "نيوزيلندا",
            RU: "Новая Зеландия",
            ZH: "新西兰",
        },
        Flag("canton_dots", ("#012169", "#ffffff", "#c8102e")),
        contact_name="Hemi Walker",
        by={FR: "la Nouvelle-Zélande", ES: "Nueva Zelandia"},
    ),
    Country(
        "NO",
        {EN: "Norway", FR: "Norvège", ES: "Noruega", AR: "النرويج", RU: "Норвегия", ZH: "挪威"},
        Flag("nordic", ("#ba0c2f", "#ffffff", "#00205b")),
        contact_name="Sigrid Aas",
        by={FR: "la Norvège", ES: "Noruega"},
    ),
    Country(
        "PE",
        {EN: "Peru", FR: "Pérou", ES: "Perú", AR: "بيرو", RU: "Перу", ZH: "秘鲁"},
        Flag("vertical", ("#d91023", "#ffffff", "#d91023")),
        contact_name="Jorge Villanueva",
        by={FR: "le Pérou", ES: "el Perú"},
    ),
    Country(
        "KR",
        {
            EN: "Republic of Korea",
            FR: "République de Corée",
            ES: "República de Corea",
            AR: "جمهورية كوريا",
            RU: "Республика Корея",
            ZH: "大韩民国",
        },
        Flag("disc_split", ("#ffffff", "#cd2e3a", "#0047a0")),
        contact_name="Yoon Da-eun",
        by={FR: "la République de Corée", ES: "la República de Corea"},
    ),
    Country(
        "GM",
        {EN: "The Gambia", FR: "Gambie", ES: "Gambia", AR: "غامبيا", RU: "Гамбия", ZH: "冈比亚"},
        Flag("horizontal", ("#ce1126", "#ffffff", "#0c1c8c", "#ffffff", "#3a7728"), emblem=""),
        contact_name="Ousman Jobe",
        by={FR: "la Gambie", ES: "Gambia"},
    ),
    Country(
        "TN",
        {EN: "Tunisia", FR: "Tunisie", ES: "Túnez", AR: "تونس", RU: "Тунис", ZH: "突尼斯"},
        Flag("disc", ("#e70013", "#ffffff")),
        contact_name="Nour Hammami",
        by={FR: "la Tunisie", ES: "Túnez"},
    ),
    Country(
        "UY",
        {EN: "Uruguay", FR: "Uruguay", ES: "Uruguay", AR: "أوروغواي", RU: "Уругвай", ZH: "乌拉圭"},
        Flag("stripes_canton", ("#ffffff", "#0038a8"), emblem="#fcd116"),
        contact_name="Gabriela Silva",
        by={FR: "l'Uruguay", ES: "el Uruguay"},
    ),
    Country(
        "CO",
        {
            EN: "Colombia",
            FR: "Colombie",
            ES: "Colombia",
            AR: "كولومبيا",
            RU: "Колумбия",
            ZH: "哥伦比亚",
        },
        Flag("horizontal", ("#fcd116", "#fcd116", "#003893", "#ce1126")),
        joined_on=COLOMBIA_JOINED,
        founding=False,
        contact_name="Camilo Rojas",
        by={FR: "la Colombie", ES: "Colombia"},
    ),
]
COUNTRY_BY_CODE = {country.code: country for country in COUNTRIES}
FOUNDING_COUNTRIES = [country for country in COUNTRIES if country.founding]

# The introduction of each country's story section, with the country's name filled in.
SECTION_INTRODUCTION = {
    EN: "Good human rights stories presented by {name}.",
    FR: "Bonnes histoires des droits de l'homme présentées par {by}.",
    ES: "Buenas historias de derechos humanos presentadas por {by}.",
    AR: "قصص ناجحة في مجال حقوق الإنسان مقدَّمة من {name}.",
    RU: "{name}: хорошие истории о правах человека.",
    ZH: "{name}介绍的人权好故事。",
}


def section_introduction(country, language):
    template = SECTION_INTRODUCTION[language]
    return template.format(name=country.names[language], by=country.by.get(language, ""))


@dataclass(frozen=True)
class Theme:
    slug: str
    udhr_articles: str
    names: dict
    descriptions: dict


THEMES = [
    Theme(
        "equality-and-non-discrimination",
        "1, 2, 7",
        {
            EN: "Equality and non-discrimination",
            FR: "Égalité et non-discrimination",
            ES: "Igualdad y no discriminación",
            AR: "المساواة وعدم التمييز",
            RU: "Равенство и недискриминация",
            ZH: "平等与不歧视",
        },
        {
            EN: "Everyone is equal in dignity and rights, and no one is treated worse because of who they are.",
            FR: "Toutes les personnes sont égales en dignité et en droits, et nul ne doit être moins bien traité en raison de ce qu'il est.",
            ES: "Todas las personas son iguales en dignidad y derechos, y nadie debe recibir un trato peor por ser quien es.",
            AR: "يتساوى جميع الناس في الكرامة والحقوق، ولا يجوز أن يعامَل أحد معاملة أسوأ بسبب هويته.",
            RU: "Все люди равны в своем достоинстве и правах, и никто не должен подвергаться худшему обращению из-за того, кто он есть.",
            ZH: "人人在尊严和权利上一律平等，任何人都不应因其身份而受到更差的对待。",
        },
    ),
    Theme(
        "gender-equality",
        "2, 16, 23",
        {
            EN: "Gender equality",
            FR: "Égalité des genres",
            ES: "Igualdad de género",
            AR: "المساواة بين الجنسين",
            RU: "Гендерное равенство",
            ZH: "性别平等",
        },
        {
            EN: "Equal rights, opportunities and safety for women and men, girls and boys.",
            FR: "Les mêmes droits, les mêmes chances et la même sécurité pour les femmes et les hommes, les filles et les garçons.",
            ES: "Los mismos derechos, oportunidades y seguridad para mujeres y hombres, niñas y niños.",
            AR: "حقوق وفرص وأمان متساوية للنساء والرجال والفتيات والفتيان.",
            RU: "Равные права, возможности и безопасность для женщин и мужчин, девочек и мальчиков.",
            ZH: "妇女和男子、女童和男童享有平等的权利、机会和安全。",
        },
    ),
    Theme(
        "rights-of-the-child",
        "25, 26",
        {
            EN: "Rights of the child",
            FR: "Droits de l'enfant",
            ES: "Derechos de la niñez",
            AR: "حقوق الطفل",
            RU: "Права ребенка",
            ZH: "儿童权利",
        },
        {
            EN: "Children's rights to protection, care and education, and to be heard.",
            FR: "Le droit des enfants à la protection, aux soins et à l'éducation, et à être entendus.",
            ES: "El derecho de niñas y niños a la protección, el cuidado y la educación, y a ser escuchados.",
            AR: "حق الأطفال في الحماية والرعاية والتعليم، وفي أن يُستمع إليهم.",
            RU: "Право детей на защиту, заботу и образование, а также право быть услышанными.",
            ZH: "儿童享有受保护、受照料和受教育的权利，以及表达意见的权利。",
        },
    ),
    Theme(
        "indigenous-peoples",
        "2, 27",
        {
            EN: "Indigenous peoples",
            FR: "Peuples autochtones",
            ES: "Pueblos indígenas",
            AR: "الشعوب الأصلية",
            RU: "Коренные народы",
            ZH: "土著人民",
        },
        {
            EN: "Indigenous peoples' rights to their languages, cultures and lands, and to self-determination.",
            FR: "Les droits des peuples autochtones à leurs langues, à leurs cultures et à leurs terres, et à l'autodétermination.",
            ES: "Los derechos de los pueblos indígenas a sus idiomas, culturas y tierras, y a la libre determinación.",
            AR: "حقوق الشعوب الأصلية في لغاتها وثقافاتها وأراضيها، وفي تقرير المصير.",
            RU: "Права коренных народов на свои языки, культуру и земли, а также на самоопределение.",
            ZH: "土著人民对其语言、文化和土地的权利以及自决权。",
        },
    ),
    Theme(
        "freedom-of-expression",
        "19",
        {
            EN: "Freedom of expression and information",
            FR: "Liberté d'expression et d'information",
            ES: "Libertad de expresión e información",
            AR: "حرية التعبير والحصول على المعلومات",
            RU: "Свобода выражения мнений и информации",
            ZH: "言论和信息自由",
        },
        {
            EN: "The right to seek, receive and share information and ideas.",
            FR: "Le droit de rechercher, de recevoir et de partager des informations et des idées.",
            ES: "El derecho a buscar, recibir y difundir información e ideas.",
            AR: "الحق في التماس المعلومات والأفكار وتلقيها ونقلها.",
            RU: "Право искать, получать и распространять информацию и идеи.",
            ZH: "寻求、接受和传递信息和思想的权利。",
        },
    ),
    Theme(
        "access-to-justice",
        "7, 8, 10",
        {
            EN: "Access to justice",
            FR: "Accès à la justice",
            ES: "Acceso a la justicia",
            AR: "الوصول إلى العدالة",
            RU: "Доступ к правосудию",
            ZH: "诉诸司法",
        },
        {
            EN: "Fair, affordable and understandable ways to claim one's rights before the law.",
            FR: "Des moyens équitables, abordables et compréhensibles de faire valoir ses droits devant la loi.",
            ES: "Vías justas, asequibles y comprensibles para reclamar los propios derechos ante la ley.",
            AR: "سبل منصفة وميسورة التكلفة ومفهومة للمطالبة بالحقوق أمام القانون.",
            RU: "Справедливые, доступные и понятные способы защитить свои права перед законом.",
            ZH: "以公正、负担得起且易于理解的方式依法主张自身权利。",
        },
    ),
    Theme(
        "right-to-education",
        "26",
        {
            EN: "Right to education",
            FR: "Droit à l'éducation",
            ES: "Derecho a la educación",
            AR: "الحق في التعليم",
            RU: "Право на образование",
            ZH: "受教育权",
        },
        {
            EN: "Free, inclusive and good-quality education for every child and adult.",
            FR: "Une éducation gratuite, inclusive et de qualité pour chaque enfant et chaque adulte.",
            ES: "Educación gratuita, inclusiva y de calidad para cada niña, niño y persona adulta.",
            AR: "تعليم مجاني وشامل وجيد لكل طفل وكل بالغ.",
            RU: "Бесплатное, инклюзивное и качественное образование для каждого ребенка и взрослого.",
            ZH: "为每个儿童和成年人提供免费、包容、优质的教育。",
        },
    ),
    Theme(
        "right-to-health",
        "25",
        {
            EN: "Right to health",
            FR: "Droit à la santé",
            ES: "Derecho a la salud",
            AR: "الحق في الصحة",
            RU: "Право на здоровье",
            ZH: "健康权",
        },
        {
            EN: "Health care that everyone can reach, afford and trust.",
            FR: "Des soins de santé accessibles, abordables et dignes de confiance pour tous.",
            ES: "Atención de salud a la que todas las personas puedan acceder, que puedan pagar y en la que puedan confiar.",
            AR: "رعاية صحية يستطيع الجميع الوصول إليها وتحمّل تكلفتها والثقة بها.",
            RU: "Медицинская помощь, которая доступна каждому, посильна по цене и заслуживает доверия.",
            ZH: "人人都能获得、负担得起并信赖的医疗卫生服务。",
        },
    ),
    Theme(
        "participation-and-civic-space",
        "20, 21",
        {
            EN: "Participation and civic space",
            FR: "Participation et espace civique",
            ES: "Participación y espacio cívico",
            AR: "المشاركة والفضاء المدني",
            RU: "Участие и гражданское пространство",
            ZH: "参与和公民空间",
        },
        {
            EN: "People taking part in public decisions, and the freedom to organise and speak up.",
            FR: "La participation de chacun aux décisions publiques, et la liberté de s'organiser et de s'exprimer.",
            ES: "La participación de las personas en las decisiones públicas y la libertad de organizarse y alzar la voz.",
            AR: "مشاركة الناس في القرارات العامة، وحرية التنظيم والتعبير عن الرأي.",
            RU: "Участие людей в принятии общественных решений и свобода объединяться и высказываться.",
            ZH: "民众参与公共决策，以及结社和发声的自由。",
        },
    ),
    Theme(
        "rights-of-persons-with-disabilities",
        "1, 22, 25",
        {
            EN: "Rights of persons with disabilities",
            FR: "Droits des personnes handicapées",
            ES: "Derechos de las personas con discapacidad",
            AR: "حقوق الأشخاص ذوي الإعاقة",
            RU: "Права инвалидов",
            ZH: "残疾人权利",
        },
        {
            EN: "Full and equal participation of persons with disabilities in every part of life.",
            FR: "La participation pleine et égale des personnes handicapées à tous les aspects de la vie.",
            ES: "La participación plena y en igualdad de condiciones de las personas con discapacidad en todos los ámbitos de la vida.",
            AR: "المشاركة الكاملة والمتساوية للأشخاص ذوي الإعاقة في جميع مجالات الحياة.",
            RU: "Полное и равное участие инвалидов во всех сферах жизни.",
            ZH: "残疾人充分、平等地参与生活的各个方面。",
        },
    ),
]
THEME_BY_SLUG = {theme.slug: theme for theme in THEMES}

# The goals' short names as the United Nations publishes them in each language. The English
# names come from the data migration that creates the goals.
SDG_NAMES = {
    FR: [
        "Pas de pauvreté",
        "Faim « zéro »",
        "Bonne santé et bien-être",
        "Éducation de qualité",
        "Égalité entre les sexes",
        "Eau propre et assainissement",
        "Énergie propre et d'un coût abordable",
        "Travail décent et croissance économique",
        "Industrie, innovation et infrastructure",
        "Inégalités réduites",
        "Villes et communautés durables",
        "Consommation et production responsables",
        "Mesures relatives à la lutte contre les changements climatiques",
        "Vie aquatique",
        "Vie terrestre",
        "Paix, justice et institutions efficaces",
        "Partenariats pour la réalisation des objectifs",
    ],
    ES: [
        "Fin de la pobreza",
        "Hambre cero",
        "Salud y bienestar",
        "Educación de calidad",
        "Igualdad de género",
        "Agua limpia y saneamiento",
        "Energía asequible y no contaminante",
        "Trabajo decente y crecimiento económico",
        "Industria, innovación e infraestructura",
        "Reducción de las desigualdades",
        "Ciudades y comunidades sostenibles",
        "Producción y consumo responsables",
        "Acción por el clima",
        "Vida submarina",
        "Vida de ecosistemas terrestres",
        "Paz, justicia e instituciones sólidas",
        "Alianzas para lograr los objetivos",
    ],
    AR: [
        "القضاء على الفقر",
        "القضاء التام على الجوع",
        "الصحة الجيدة والرفاه",
        "التعليم الجيد",
        "المساواة بين الجنسين",
        "المياه النظيفة والنظافة الصحية",
        "طاقة نظيفة وبأسعار معقولة",
        "العمل اللائق ونمو الاقتصاد",
        "الصناعة والابتكار والهياكل الأساسية",
        "الحد من أوجه عدم المساواة",
        "مدن ومجتمعات محلية مستدامة",
        "الاستهلاك والإنتاج المسؤولان",
        "العمل المناخي",
        "الحياة تحت الماء",
        "الحياة في البر",
        "السلام والعدل والمؤسسات القوية",
        "عقد الشراكات لتحقيق الأهداف",
    ],
    RU: [
        "Ликвидация нищеты",
        "Ликвидация голода",
        "Хорошее здоровье и благополучие",
        "Качественное образование",
        "Гендерное равенство",
        "Чистая вода и санитария",
        "Недорогостоящая и чистая энергия",
        "Достойная работа и экономический рост",
        "Индустриализация, инновации и инфраструктура",
        "Уменьшение неравенства",
        "Устойчивые города и населенные пункты",
        "Ответственное потребление и производство",
        "Борьба с изменением климата",
        "Сохранение морских экосистем",
        "Сохранение экосистем суши",
        "Мир, правосудие и эффективные институты",
        "Партнерство в интересах устойчивого развития",
    ],
    ZH: [
        "无贫穷",
        "零饥饿",
        "良好健康与福祉",
        "优质教育",
        "性别平等",
        "清洁饮水和卫生设施",
        "经济适用的清洁能源",
        "体面工作和经济增长",
        "产业、创新和基础设施",
        "减少不平等",
        "可持续城市和社区",
        "负责任消费和生产",
        "气候行动",
        "水下生物",
        "陆地生物",
        "和平、正义与强大机构",
        "促进目标实现的伙伴关系",
    ],
}

FICTIONAL_ORGANISATION = {
    EN: "A fictional organisation used in the demo content.",
    FR: "Organisation fictive utilisée dans le contenu de démonstration.",
    ES: "Organización ficticia utilizada en el contenido de demostración.",
    AR: "منظمة خيالية مستخدمة في محتوى العرض.",
    RU: "Вымышленная организация из демонстрационного контента.",
    ZH: "演示内容中使用的虚构组织。",
}


@dataclass(frozen=True)
class Organisation:
    key: str
    kind: str
    names: dict
    website: str
    descriptions: dict
    fictional: bool = True


ORGANISATIONS = [
    Organisation(
        "ohchr",
        "un_body",
        {
            EN: "Office of the United Nations High Commissioner for Human Rights",
            FR: "Haut-Commissariat des Nations Unies aux droits de l'homme",
            ES: "Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos",
            AR: "مفوضية الأمم المتحدة السامية لحقوق الإنسان",
            RU: "Управление Верховного комиссара Организации Объединенных Наций по правам человека",
            ZH: "联合国人权事务高级专员办事处",
        },
        "https://www.ohchr.org",
        {
            EN: "The United Nations entity that leads the promotion and protection of human rights.",
            FR: "L'entité des Nations Unies chef de file de la promotion et de la protection des droits de l'homme.",
            ES: "La entidad de las Naciones Unidas que encabeza la promoción y la protección de los derechos humanos.",
            AR: "كيان الأمم المتحدة الذي يقود تعزيز حقوق الإنسان وحمايتها.",
            RU: "Подразделение Организации Объединенных Наций, которое руководит поощрением и защитой прав человека.",
            ZH: "牵头促进和保护人权的联合国实体。",
        },
        fictional=False,
    ),
    Organisation(
        "unicef",
        "un_body",
        {
            EN: "United Nations Children's Fund (UNICEF)",
            FR: "Fonds des Nations Unies pour l'enfance (UNICEF)",
            ES: "Fondo de las Naciones Unidas para la Infancia (UNICEF)",
            AR: "منظمة الأمم المتحدة للطفولة (اليونيسف)",
            RU: "Детский фонд Организации Объединенных Наций (ЮНИСЕФ)",
            ZH: "联合国儿童基金会",
        },
        "https://www.unicef.org",
        {
            EN: "The United Nations agency working for the rights of every child.",
            FR: "L'agence des Nations Unies qui œuvre pour les droits de chaque enfant.",
            ES: "La agencia de las Naciones Unidas que trabaja por los derechos de cada niña y cada niño.",
            AR: "وكالة الأمم المتحدة التي تعمل من أجل حقوق كل طفل.",
            RU: "Учреждение Организации Объединенных Наций, которое защищает права каждого ребенка.",
            ZH: "为每个儿童的权利而工作的联合国机构。",
        },
        fictional=False,
    ),
    Organisation(
        "un-women",
        "un_body",
        {
            EN: "UN Women",
            FR: "ONU Femmes",
            ES: "ONU Mujeres",
            AR: "هيئة الأمم المتحدة للمرأة",
            RU: "Структура «ООН-женщины»",
            ZH: "联合国妇女署",
        },
        "https://www.unwomen.org",
        {
            EN: "The United Nations entity for gender equality and the empowerment of women.",
            FR: "L'entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes.",
            ES: "La entidad de las Naciones Unidas para la igualdad de género y el empoderamiento de las mujeres.",
            AR: "كيان الأمم المتحدة المعني بالمساواة بين الجنسين وتمكين المرأة.",
            RU: "Структура Организации Объединенных Наций по вопросам гендерного равенства и расширения прав и возможностей женщин.",
            ZH: "致力于性别平等和增强妇女权能的联合国实体。",
        },
        fictional=False,
    ),
    Organisation(
        "undp",
        "un_body",
        {
            EN: "United Nations Development Programme",
            FR: "Programme des Nations Unies pour le développement",
            ES: "Programa de las Naciones Unidas para el Desarrollo",
            AR: "برنامج الأمم المتحدة الإنمائي",
            RU: "Программа развития Организации Объединенных Наций",
            ZH: "联合国开发计划署",
        },
        "https://www.undp.org",
        {
            EN: "The United Nations development network, present in some 170 countries.",
            FR: "Le réseau de développement des Nations Unies, présent dans quelque 170 pays.",
            ES: "La red de desarrollo de las Naciones Unidas, presente en unos 170 países.",
            AR: "شبكة الأمم المتحدة الإنمائية، الموجودة في نحو 170 بلدًا.",
            RU: "Сеть развития Организации Объединенных Наций, работающая примерно в 170 странах.",
            ZH: "联合国的发展网络，在约170个国家开展工作。",
        },
        fictional=False,
    ),
    Organisation(
        "african-union",
        "regional",
        {
            EN: "African Union",
            FR: "Union africaine",
            ES: "Unión Africana",
            AR: "الاتحاد الأفريقي",
            RU: "Африканский союз",
            ZH: "非洲联盟",
        },
        "https://au.int",
        {
            EN: "The continental union of the 55 member states of Africa.",
            FR: "L'union continentale des 55 États membres d'Afrique.",
            ES: "La unión continental de los 55 Estados miembros de África.",
            AR: "الاتحاد القاري للدول الأعضاء الخمس والخمسين في أفريقيا.",
            RU: "Континентальный союз 55 государств — членов Африки.",
            ZH: "由非洲55个成员国组成的大陆联盟。",
        },
        fictional=False,
    ),
    Organisation(
        "oas",
        "regional",
        {
            EN: "Organization of American States",
            FR: "Organisation des États américains",
            ES: "Organización de los Estados Americanos",
            AR: "منظمة الدول الأمريكية",
            RU: "Организация американских государств",
            ZH: "美洲国家组织",
        },
        "https://www.oas.org",
        {
            EN: "The regional organisation of the countries of the Americas.",
            FR: "L'organisation régionale des pays des Amériques.",
            ES: "La organización regional de los países de las Américas.",
            AR: "المنظمة الإقليمية لبلدان الأمريكتين.",
            RU: "Региональная организация стран Америки.",
            ZH: "美洲国家的区域组织。",
        },
        fictional=False,
    ),
    Organisation(
        "council-of-europe",
        "regional",
        {
            EN: "Council of Europe",
            FR: "Conseil de l'Europe",
            ES: "Consejo de Europa",
            AR: "مجلس أوروبا",
            RU: "Совет Европы",
            ZH: "欧洲委员会",
        },
        "https://www.coe.int",
        {
            EN: "Europe's leading human rights organisation, with 46 member states.",
            FR: "La principale organisation de défense des droits de l'homme en Europe, avec 46 États membres.",
            ES: "La principal organización de derechos humanos de Europa, con 46 Estados miembros.",
            AR: "المنظمة الرائدة لحقوق الإنسان في أوروبا، وتضم 46 دولة عضوًا.",
            RU: "Ведущая правозащитная организация Европы, объединяющая 46 государств-членов.",
            ZH: "欧洲主要的人权组织，有46个成员国。",
        },
        fictional=False,
    ),
    Organisation(
        "red-diversa",
        "civil_society",
        {EN: "Red Diversa del Sur"},
        "https://red-diversa.example.org",
        {
            EN: "A network of LGBTIQ+ community groups supporting people through legal and administrative procedures.",
            FR: "Un réseau de groupes communautaires LGBTIQ+ qui accompagne les personnes dans leurs démarches juridiques et administratives.",
            ES: "Una red de grupos comunitarios LGBTIQ+ que acompaña a las personas en sus trámites jurídicos y administrativos.",
            AR: "شبكة من المجموعات المجتمعية لمجتمع الميم تساند الأشخاص في الإجراءات القانونية والإدارية.",
            RU: "Сеть общественных групп ЛГБТИК+, которая помогает людям в юридических и административных процедурах.",
            ZH: "由LGBTIQ+社区团体组成的网络，在法律和行政手续方面为人们提供支持。",
        },
    ),
    Organisation(
        "justice-proximite",
        "civil_society",
        {EN: "Association Justice de Proximité"},
        "https://justice-proximite.example.org",
        {
            EN: "Trains and supports community paralegals in rural areas.",
            FR: "Forme et accompagne des parajuristes communautaires en milieu rural.",
            ES: "Forma y acompaña a paralegales comunitarios en zonas rurales.",
            AR: "تدرّب المساعدين القانونيين المجتمعيين في المناطق الريفية وتدعمهم.",
            RU: "Обучает и поддерживает общественных помощников юристов в сельских районах.",
            ZH: "培训和支持农村地区的社区法律助理。",
        },
    ),
    Organisation(
        "mountain-legal-aid",
        "civil_society",
        {EN: "Mountain Legal Aid Foundation"},
        "https://mountain-legal-aid.example.org",
        {
            EN: "Brings free legal advice to remote mountain communities.",
            FR: "Apporte des conseils juridiques gratuits aux communautés de montagne isolées.",
            ES: "Lleva asesoramiento jurídico gratuito a comunidades de montaña aisladas.",
            AR: "تقدّم المشورة القانونية المجانية للمجتمعات الجبلية النائية.",
            RU: "Предоставляет бесплатные юридические консультации жителям отдаленных горных районов.",
            ZH: "为偏远山区社区提供免费法律咨询。",
        },
    ),
    Organisation(
        "community-radio",
        "civil_society",
        {EN: "Community Radio Alliance"},
        "https://community-radio.example.org",
        {
            EN: "A network of local radio stations broadcasting in community languages.",
            FR: "Un réseau de radios locales qui émettent dans les langues des communautés.",
            ES: "Una red de radios locales que emiten en las lenguas de las comunidades.",
            AR: "شبكة من الإذاعات المحلية التي تبث بلغات المجتمعات.",
            RU: "Сеть местных радиостанций, вещающих на языках общин.",
            ZH: "以社区语言播出的地方广播电台网络。",
        },
    ),
    Organisation(
        "coastal-women",
        "civil_society",
        {EN: "Coastal Women's Network"},
        "https://coastal-women.example.org",
        {
            EN: "Supports survivors of violence and women's leadership in island and coastal towns.",
            FR: "Soutient les survivantes de violences et le leadership des femmes dans les villes insulaires et côtières.",
            ES: "Apoya a las sobrevivientes de violencia y el liderazgo de las mujeres en ciudades insulares y costeras.",
            AR: "تدعم الناجيات من العنف وقيادة النساء في البلدات الجزرية والساحلية.",
            RU: "Поддерживает женщин, переживших насилие, и женское лидерство в островных и прибрежных городах.",
            ZH: "在海岛和沿海城镇支持暴力幸存者和妇女领导力。",
        },
    ),
    Organisation(
        "youth-voices",
        "civil_society",
        {EN: "Youth Voices Collective"},
        "https://youth-voices.example.org",
        {
            EN: "Helps young people take part in local decision-making.",
            FR: "Aide les jeunes à participer aux décisions locales.",
            ES: "Ayuda a las personas jóvenes a participar en las decisiones locales.",
            AR: "تساعد الشباب على المشاركة في صنع القرار المحلي.",
            RU: "Помогает молодежи участвовать в принятии местных решений.",
            ZH: "帮助年轻人参与地方决策。",
        },
    ),
    Organisation(
        "hr-commission",
        "nhri",
        {
            EN: "Independent Human Rights Commission",
            FR: "Commission indépendante des droits de l'homme",
            ES: "Comisión Independiente de Derechos Humanos",
        },
        "https://rights-commission.example.org",
        {
            EN: "An independent national human rights institution that monitors, advises and handles complaints.",
            FR: "Une institution nationale des droits de l'homme indépendante, qui surveille, conseille et traite des plaintes.",
            ES: "Una institución nacional de derechos humanos independiente que vigila, asesora y tramita denuncias.",
            AR: "مؤسسة وطنية مستقلة لحقوق الإنسان تتولى الرصد وتقديم المشورة والنظر في الشكاوى.",
            RU: "Независимое национальное правозащитное учреждение, которое ведет мониторинг, консультирует и рассматривает жалобы.",
            ZH: "独立的国家人权机构，负责监督、提供咨询和处理投诉。",
        },
    ),
    Organisation(
        "ombuds-children",
        "nhri",
        {
            EN: "Children's Ombudsperson Office",
            FR: "Bureau du Défenseur des enfants",
            ES: "Defensoría de la Niñez",
        },
        "https://children-ombuds.example.org",
        {
            EN: "An independent office that defends the rights of children, especially those in state care.",
            FR: "Un bureau indépendant qui défend les droits des enfants, en particulier ceux qui sont pris en charge par l'État.",
            ES: "Una oficina independiente que defiende los derechos de niñas y niños, en especial de quienes están bajo cuidado del Estado.",
            AR: "مكتب مستقل يدافع عن حقوق الأطفال، ولا سيما الأطفال المودعين في رعاية الدولة.",
            RU: "Независимая служба, защищающая права детей, особенно находящихся на попечении государства.",
            ZH: "维护儿童权利的独立机构，尤其关注由国家照料的儿童。",
        },
    ),
    Organisation(
        "institute-hre",
        "academia",
        {
            EN: "Institute for Human Rights Education",
            FR: "Institut pour l'éducation aux droits de l'homme",
            ES: "Instituto de Educación en Derechos Humanos",
        },
        "https://hr-education.example.org",
        {
            EN: "A university institute that trains teachers, officials and journalists in human rights.",
            FR: "Un institut universitaire qui forme enseignants, fonctionnaires et journalistes aux droits de l'homme.",
            ES: "Un instituto universitario que forma a docentes, funcionariado y periodistas en derechos humanos.",
            AR: "معهد جامعي يدرّب المعلمين والموظفين والصحفيين في مجال حقوق الإنسان.",
            RU: "Университетский институт, обучающий учителей, государственных служащих и журналистов правам человека.",
            ZH: "为教师、官员和记者提供人权培训的大学研究所。",
        },
    ),
    Organisation(
        "disability-studies",
        "academia",
        {
            EN: "Centre for Disability Studies",
            FR: "Centre d'études sur le handicap",
            ES: "Centro de Estudios sobre Discapacidad",
        },
        "https://disability-studies.example.org",
        {
            EN: "Researches accessibility and inclusion together with disabled people's organisations.",
            FR: "Mène des recherches sur l'accessibilité et l'inclusion avec les organisations de personnes handicapées.",
            ES: "Investiga la accesibilidad y la inclusión junto con las organizaciones de personas con discapacidad.",
            AR: "يجري بحوثًا في إمكانية الوصول والإدماج بالتعاون مع منظمات الأشخاص ذوي الإعاقة.",
            RU: "Исследует доступность и инклюзию вместе с организациями людей с инвалидностью.",
            ZH: "与残疾人组织合作开展无障碍和包容方面的研究。",
        },
    ),
    Organisation(
        "fair-harvest",
        "business",
        {EN: "Fair Harvest Cooperative"},
        "https://fair-harvest.example.org",
        {
            EN: "A farmers' cooperative that publishes its pay and working conditions every year.",
            FR: "Une coopérative agricole qui publie chaque année ses salaires et ses conditions de travail.",
            ES: "Una cooperativa agrícola que publica cada año sus salarios y condiciones de trabajo.",
            AR: "تعاونية زراعية تنشر أجورها وظروف العمل فيها كل عام.",
            RU: "Фермерский кооператив, который ежегодно публикует данные о зарплатах и условиях труда.",
            ZH: "每年公布薪酬和工作条件的农民合作社。",
        },
    ),
    Organisation(
        "digital-inclusion",
        "business",
        {EN: "Digital Inclusion Partners"},
        "https://digital-inclusion.example.org",
        {
            EN: "A company that provides connectivity and training for schools in remote areas.",
            FR: "Une entreprise qui fournit connexion et formation aux écoles des zones isolées.",
            ES: "Una empresa que ofrece conectividad y formación a escuelas de zonas aisladas.",
            AR: "شركة توفر الاتصال بالإنترنت والتدريب للمدارس في المناطق النائية.",
            RU: "Компания, обеспечивающая подключение к интернету и обучение для школ в отдаленных районах.",
            ZH: "为偏远地区学校提供网络连接和培训的公司。",
        },
    ),
    Organisation(
        "women-institute",
        "government",
        {
            EN: "National Institute for Women",
            FR: "Institut national des femmes",
            ES: "Instituto Nacional de las Mujeres",
        },
        "https://women-institute.example.org",
        {
            EN: "A government agency that coordinates policies on gender equality.",
            FR: "Un organisme public qui coordonne les politiques d'égalité des genres.",
            ES: "Un organismo público que coordina las políticas de igualdad de género.",
            AR: "هيئة حكومية تنسّق السياسات المتعلقة بالمساواة بين الجنسين.",
            RU: "Государственное ведомство, координирующее политику в области гендерного равенства.",
            ZH: "协调性别平等政策的政府机构。",
        },
    ),
    Organisation(
        "civil-registry",
        "government",
        {
            EN: "Civil Registry Service",
            FR: "Service de l'état civil",
            ES: "Servicio de Registro Civil",
        },
        "https://civil-registry.example.org",
        {
            EN: "Registers births, names and identity documents.",
            FR: "Enregistre les naissances, les noms et les pièces d'identité.",
            ES: "Registra nacimientos, nombres y documentos de identidad.",
            AR: "تسجّل المواليد والأسماء ووثائق الهوية.",
            RU: "Регистрирует рождения, имена и документы, удостоверяющие личность.",
            ZH: "登记出生、姓名和身份证件。",
        },
    ),
]
ORGANISATION_BY_KEY = {organisation.key: organisation for organisation in ORGANISATIONS}


def organisation_description(organisation, language):
    """The description as rich text, with the fictional-organisation note where it applies."""
    text = organisation.descriptions.get(language)
    if text is None:
        return None
    paragraphs = [text]
    if organisation.fictional:
        paragraphs.append(FICTIONAL_ORGANISATION[language])
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


# Titles and roles. A pair is (feminine, masculine).
ROLES = {
    "Minister of Foreign Affairs": {
        FR: "Ministre des affaires étrangères",
        ES: ("Ministra de Relaciones Exteriores", "Ministro de Relaciones Exteriores"),
        AR: ("وزيرة الخارجية", "وزير الخارجية"),
        RU: "Министр иностранных дел",
        ZH: "外交部长",
    },
    "Deputy Minister of Foreign Affairs": {
        FR: "Vice-ministre des affaires étrangères",
        ES: ("Viceministra de Relaciones Exteriores", "Viceministro de Relaciones Exteriores"),
        AR: ("نائبة وزير الخارجية", "نائب وزير الخارجية"),
        RU: "Заместитель министра иностранных дел",
        ZH: "外交部副部长",
    },
    "Minister of Justice": {
        FR: "Ministre de la justice",
        ES: ("Ministra de Justicia", "Ministro de Justicia"),
        AR: ("وزيرة العدل", "وزير العدل"),
        RU: "Министр юстиции",
        ZH: "司法部长",
    },
    "Minister of Justice and Human Rights": {
        FR: "Ministre de la justice et des droits de l'homme",
        ES: ("Ministra de Justicia y Derechos Humanos", "Ministro de Justicia y Derechos Humanos"),
        AR: ("وزيرة العدل وحقوق الإنسان", "وزير العدل وحقوق الإنسان"),
        RU: "Министр юстиции и по правам человека",
        ZH: "司法和人权部长",
    },
    "Prime Minister": {
        FR: ("Première ministre", "Premier ministre"),
        ES: ("Primera Ministra", "Primer Ministro"),
        AR: ("رئيسة الوزراء", "رئيس الوزراء"),
        RU: "Премьер-министр",
        ZH: "总理",
    },
    "President of the Republic": {
        FR: ("Présidente de la République", "Président de la République"),
        ES: ("Presidenta de la República", "Presidente de la República"),
        AR: ("رئيسة الجمهورية", "رئيس الجمهورية"),
        RU: "Президент Республики",
        ZH: "共和国总统",
    },
    "Permanent Representative to the United Nations": {
        FR: (
            "Représentante permanente auprès de l'Organisation des Nations Unies",
            "Représentant permanent auprès de l'Organisation des Nations Unies",
        ),
        ES: "Representante Permanente ante las Naciones Unidas",
        AR: ("الممثلة الدائمة لدى الأمم المتحدة", "الممثل الدائم لدى الأمم المتحدة"),
        RU: "Постоянный представитель при Организации Объединенных Наций",
        ZH: "常驻联合国代表",
    },
    "Director": {
        FR: ("Directrice", "Directeur"),
        ES: ("Directora", "Director"),
        AR: ("مديرة", "مدير"),
        RU: "Директор",
        ZH: "主任",
    },
    "Community paralegal": {
        FR: "Parajuriste communautaire",
        ES: ("Paralegal comunitaria", "Paralegal comunitario"),
        AR: ("مساعدة قانونية مجتمعية", "مساعد قانوني مجتمعي"),
        RU: "Общественный помощник юриста",
        ZH: "社区法律助理",
    },
    "Helpline coordinator": {
        FR: ("Coordinatrice de la ligne d'écoute", "Coordinateur de la ligne d'écoute"),
        ES: ("Coordinadora de la línea de ayuda", "Coordinador de la línea de ayuda"),
        AR: ("منسقة خط المساعدة", "منسق خط المساعدة"),
        RU: "Координатор телефона доверия",
        ZH: "求助热线协调员",
    },
    "Intercultural health facilitator": {
        FR: ("Médiatrice de santé interculturelle", "Médiateur de santé interculturel"),
        ES: ("Facilitadora intercultural de salud", "Facilitador intercultural de salud"),
        AR: ("ميسّرة صحية بين الثقافات", "ميسّر صحي بين الثقافات"),
        RU: "Посредник в области межкультурного здравоохранения",
        ZH: "跨文化医疗协调员",
    },
    "Legal aid lawyer": {
        FR: ("Avocate de l'aide juridictionnelle", "Avocat de l'aide juridictionnelle"),
        ES: ("Abogada de asistencia jurídica", "Abogado de asistencia jurídica"),
        AR: ("محامية في المساعدة القانونية", "محامٍ في المساعدة القانونية"),
        RU: "Адвокат службы бесплатной юридической помощи",
        ZH: "法律援助律师",
    },
    "Village facilitator": {
        FR: ("Animatrice villageoise", "Animateur villageois"),
        ES: ("Facilitadora comunitaria", "Facilitador comunitario"),
        AR: ("ميسّرة قروية", "ميسّر قروي"),
        RU: "Сельский координатор",
        ZH: "村庄协调员",
    },
    "Teacher": {
        FR: ("Enseignante", "Enseignant"),
        ES: ("Maestra", "Maestro"),
        AR: ("معلمة", "معلم"),
        RU: ("Учительница", "Учитель"),
        ZH: "教师",
    },
    "Nurse": {
        FR: ("Infirmière", "Infirmier"),
        ES: ("Enfermera", "Enfermero"),
        AR: ("ممرضة", "ممرض"),
        RU: ("Медсестра", "Медбрат"),
        ZH: "护士",
    },
    "Court interpreter": {
        FR: "Interprète judiciaire",
        ES: "Intérprete judicial",
        AR: ("مترجمة شفوية في المحاكم", "مترجم شفوي في المحاكم"),
        RU: "Судебный переводчик",
        ZH: "法庭口译员",
    },
    "Disability rights advocate": {
        FR: (
            "Militante des droits des personnes handicapées",
            "Militant des droits des personnes handicapées",
        ),
        ES: (
            "Defensora de los derechos de las personas con discapacidad",
            "Defensor de los derechos de las personas con discapacidad",
        ),
        AR: ("مدافعة عن حقوق الأشخاص ذوي الإعاقة", "مدافع عن حقوق الأشخاص ذوي الإعاقة"),
        RU: "Защитник прав инвалидов",
        ZH: "残疾人权利倡导者",
    },
    "Community radio presenter": {
        FR: ("Animatrice de radio communautaire", "Animateur de radio communautaire"),
        ES: ("Locutora de radio comunitaria", "Locutor de radio comunitaria"),
        AR: ("مقدّمة برامج في إذاعة مجتمعية", "مقدّم برامج في إذاعة مجتمعية"),
        RU: ("Ведущая общественного радио", "Ведущий общественного радио"),
        ZH: "社区广播主持人",
    },
    "Municipal access-to-information officer": {
        FR: (
            "Chargée de l'accès à l'information de la commune",
            "Chargé de l'accès à l'information de la commune",
        ),
        ES: "Responsable municipal de acceso a la información",
        AR: ("مكلّفة بالنفاذ إلى المعلومة في البلدية", "مكلّف بالنفاذ إلى المعلومة في البلدية"),
        RU: "Муниципальный сотрудник по вопросам доступа к информации",
        ZH: "市政信息公开专员",
    },
    "Health brigade coordinator": {
        FR: ("Coordinatrice de brigade de santé", "Coordinateur de brigade de santé"),
        ES: ("Coordinadora de brigada de salud", "Coordinador de brigada de salud"),
        AR: ("منسقة فريق صحي متنقل", "منسق فريق صحي متنقل"),
        RU: "Координатор выездной медицинской бригады",
        ZH: "医疗队协调员",
    },
    "Senior Human Rights Adviser": {
        FR: (
            "Conseillère principale pour les droits de l'homme",
            "Conseiller principal pour les droits de l'homme",
        ),
        ES: ("Asesora principal de derechos humanos", "Asesor principal de derechos humanos"),
        AR: ("مستشارة أولى لحقوق الإنسان", "مستشار أول لحقوق الإنسان"),
        RU: "Старший советник по правам человека",
        ZH: "高级人权顾问",
    },
    "Governance Programme Specialist": {
        FR: "Spécialiste de programme, gouvernance",
        ES: "Especialista de programas de gobernanza",
        AR: ("أخصائية برامج الحوكمة", "أخصائي برامج الحوكمة"),
        RU: "Специалист по программам в области государственного управления",
        ZH: "治理方案专家",
    },
    "Child Protection Officer": {
        FR: "Spécialiste de la protection de l'enfance",
        ES: "Oficial de protección de la infancia",
        AR: ("موظفة حماية الطفل", "موظف حماية الطفل"),
        RU: "Сотрудник по вопросам защиты детей",
        ZH: "儿童保护干事",
    },
    "Policy Adviser": {
        FR: ("Conseillère politique", "Conseiller politique"),
        ES: ("Asesora de políticas", "Asesor de políticas"),
        AR: ("مستشارة سياسات", "مستشار سياسات"),
        RU: "Советник по вопросам политики",
        ZH: "政策顾问",
    },
    "Professor of International Human Rights Law": {
        FR: (
            "Professeure de droit international des droits de l'homme",
            "Professeur de droit international des droits de l'homme",
        ),
        ES: (
            "Profesora de derecho internacional de los derechos humanos",
            "Profesor de derecho internacional de los derechos humanos",
        ),
        AR: ("أستاذة القانون الدولي لحقوق الإنسان", "أستاذ القانون الدولي لحقوق الإنسان"),
        RU: "Профессор международного права прав человека",
        ZH: "国际人权法教授",
    },
    "Commissioner": {
        FR: "Commissaire",
        ES: ("Comisionada", "Comisionado"),
        AR: ("مفوّضة", "مفوّض"),
        RU: "Член комиссии",
        ZH: "委员",
    },
    "Founder": {
        FR: ("Fondatrice", "Fondateur"),
        ES: ("Fundadora", "Fundador"),
        AR: ("مؤسِّسة", "مؤسِّس"),
        RU: ("Основательница", "Основатель"),
        ZH: "创始人",
    },
}


def role_in(role, language, gender):
    """A role title in ``language`` for a person of ``gender`` ("f" or "m"); None if unknown."""
    if language == EN:
        return role
    translated = ROLES.get(role, {}).get(language)
    if isinstance(translated, tuple):
        return translated[0] if gender == "f" else translated[1]
    return translated


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    role: str
    gender: str
    country: str = ""
    organisation: str = ""


PEOPLE = [
    # Ministers who presented their country's story at the launch.
    Person("ar-minister", "Martina Ferreyra", "Minister of Foreign Affairs", "f", country="AR"),
    Person("bf-minister", "Abdoulaye Sawadogo", "Minister of Foreign Affairs", "m", country="BF"),
    Person("cv-minister", "João Tavares", "Minister of Justice", "m", country="CV"),
    Person("cl-minister", "Camila Riquelme", "Minister of Foreign Affairs", "f", country="CL"),
    Person("ge-minister", "Nino Beridze", "Deputy Minister of Foreign Affairs", "f", country="GE"),
    Person("id-minister", "Budi Santoso", "Minister of Foreign Affairs", "m", country="ID"),
    Person("nz-minister", "Aroha Williams", "Minister of Foreign Affairs", "f", country="NZ"),
    Person("no-minister", "Kari Nordvik", "Minister of Foreign Affairs", "f", country="NO"),
    Person("pe-minister", "Rosa Quispe", "Minister of Justice and Human Rights", "f", country="PE"),
    Person("kr-minister", "Han Seo-yeon", "Deputy Minister of Foreign Affairs", "f", country="KR"),
    Person("gm-minister", "Lamin Ceesay", "Minister of Justice", "m", country="GM"),
    Person("tn-minister", "Karim Ben Salah", "Minister of Foreign Affairs", "m", country="TN"),
    Person("uy-minister", "Santiago Pereira", "Minister of Foreign Affairs", "m", country="UY"),
    Person("co-minister", "Andrés Cárdenas", "Minister of Foreign Affairs", "m", country="CO"),
    # People from the stories, who present them with their ministers.
    Person("ar-presenter", "Valeria Sosa", "Director", "f", organisation="red-diversa"),
    Person(
        "bf-presenter",
        "Aminata Ouédraogo",
        "Community paralegal",
        "f",
        organisation="justice-proximite",
    ),
    Person("cv-presenter", "Carla Lopes", "Helpline coordinator", "f", country="CV"),
    Person(
        "cl-presenter", "Pedro Huenchumil", "Intercultural health facilitator", "m", country="CL"
    ),
    Person(
        "ge-presenter",
        "Giorgi Kapanadze",
        "Legal aid lawyer",
        "m",
        organisation="mountain-legal-aid",
    ),
    Person("id-presenter", "Sri Wahyuni", "Village facilitator", "f", country="ID"),
    Person("nz-presenter", "Tama Ngata", "Teacher", "m", country="NZ"),
    Person("no-presenter", "Elle Márjá Sara", "Nurse", "f", country="NO"),
    Person("pe-presenter", "Julia Mamani", "Court interpreter", "f", country="PE"),
    Person("kr-presenter", "Lee Ji-hoon", "Disability rights advocate", "m", country="KR"),
    Person(
        "gm-presenter",
        "Mariama Sowe",
        "Community radio presenter",
        "f",
        organisation="community-radio",
    ),
    Person(
        "tn-presenter", "Salma Gharbi", "Municipal access-to-information officer", "f", country="TN"
    ),
    Person("uy-presenter", "Lucía Fernández", "Teacher", "f", country="UY"),
    Person("co-presenter", "Diana Muñoz", "Health brigade coordinator", "f", country="CO"),
    # Speakers from the United Nations, academia, business and national institutions.
    Person(
        "ohchr-adviser", "Helena Marsh", "Senior Human Rights Adviser", "f", organisation="ohchr"
    ),
    Person(
        "undp-specialist",
        "Tomás Rivera",
        "Governance Programme Specialist",
        "m",
        organisation="undp",
    ),
    Person(
        "unicef-officer", "Amina Diallo", "Child Protection Officer", "f", organisation="unicef"
    ),
    Person("unwomen-adviser", "Sara Lindqvist", "Policy Adviser", "f", organisation="un-women"),
    Person(
        "moderator",
        "Daniel Okafor",
        "Professor of International Human Rights Law",
        "m",
        organisation="institute-hre",
    ),
    Person(
        "nhri-commissioner", "Irene Castillo", "Commissioner", "f", organisation="hr-commission"
    ),
    Person("business-founder", "Mele Tupou", "Founder", "f", organisation="fair-harvest"),
]
PERSON_BY_KEY = {person.key: person for person in PEOPLE}


@dataclass(frozen=True)
class Signature:
    country: str
    name: str
    title: str
    gender: str
    level: str
    signed_on: datetime.date = LAUNCH_DATE


SIGNATURES = [
    Signature("AR", "Martina Ferreyra", "Minister of Foreign Affairs", "f", "minister"),
    Signature("BF", "Abdoulaye Sawadogo", "Minister of Foreign Affairs", "m", "minister"),
    Signature("CV", "José Almeida", "Prime Minister", "m", "head_of_state"),
    Signature("CL", "Camila Riquelme", "Minister of Foreign Affairs", "f", "minister"),
    Signature("GE", "Nino Beridze", "Deputy Minister of Foreign Affairs", "f", "minister"),
    Signature("ID", "Budi Santoso", "Minister of Foreign Affairs", "m", "minister"),
    Signature("NZ", "Aroha Williams", "Minister of Foreign Affairs", "f", "minister"),
    Signature("NO", "Kari Nordvik", "Minister of Foreign Affairs", "f", "minister"),
    Signature("PE", "Rosa Quispe", "Minister of Justice and Human Rights", "f", "minister"),
    Signature(
        "KR", "Kim Min-jun", "Permanent Representative to the United Nations", "m", "ambassador"
    ),
    Signature("GM", "Fatou Camara", "President of the Republic", "f", "head_of_state"),
    Signature("TN", "Karim Ben Salah", "Minister of Foreign Affairs", "m", "minister"),
    Signature("UY", "Santiago Pereira", "Minister of Foreign Affairs", "m", "minister"),
    Signature(
        "CO", "Andrés Cárdenas", "Minister of Foreign Affairs", "m", "minister", COLOMBIA_JOINED
    ),
]

# Words every story uses, in all six languages, so a translator's memory fills them in.
GLOSSARY = {
    "what_changed": {
        EN: "What changed",
        FR: "Ce qui a changé",
        ES: "Qué cambió",
        AR: "ما الذي تغيّر",
        RU: "Что изменилось",
        ZH: "发生了什么变化",
    },
    "why_it_matters": {
        EN: "Why it matters",
        FR: "Pourquoi c'est important",
        ES: "Por qué importa",
        AR: "لماذا يهم ذلك",
        RU: "Почему это важно",
        ZH: "为何重要",
    },
    "demo_note": {
        EN: "This is an illustrative demo story: the people, quotes and figures are invented to show how the platform works.",
        FR: "Ceci est une histoire de démonstration donnée à titre d'illustration : les personnes, les citations et les chiffres sont inventés pour montrer le fonctionnement de la plateforme.",
        ES: "Esta es una historia de demostración con fines ilustrativos: las personas, las citas y las cifras son inventadas para mostrar cómo funciona la plataforma.",
        AR: "هذه قصة توضيحية لأغراض العرض: الأشخاص والاقتباسات والأرقام من نسج الخيال لبيان طريقة عمل المنصة.",
        RU: "Это демонстрационная история для иллюстрации: люди, цитаты и цифры вымышлены, чтобы показать, как работает платформа.",
        ZH: "这是一个用于演示的示例故事：其中的人物、引语和数字均为虚构，仅用于展示平台的功能。",
    },
    "image_caption": {
        EN: "Demo illustration: a photograph from the story would appear here.",
        FR: "Illustration de démonstration : une photo de l'histoire figurerait ici.",
        ES: "Ilustración de demostración: aquí aparecería una fotografía de la historia.",
        AR: "رسم توضيحي للعرض: ستظهر هنا صورة من القصة.",
        RU: "Демонстрационная иллюстрация: здесь была бы фотография из истории.",
        ZH: "演示插图：此处将显示故事中的照片。",
    },
    "image_credit": {
        EN: "Demo image",
        FR: "Image de démonstration",
        ES: "Imagen de demostración",
        AR: "صورة للعرض",
        RU: "Демонстрационное изображение",
        ZH: "演示图片",
    },
    "figure_source": {
        EN: "Illustrative figure",
        FR: "Chiffre donné à titre d'illustration",
        ES: "Cifra ilustrativa",
        AR: "رقم توضيحي",
        RU: "Условная цифра",
        ZH: "示例数字",
    },
    "gallery_title": {
        EN: "In pictures",
        FR: "En images",
        ES: "En imágenes",
        AR: "بالصور",
        RU: "В фотографиях",
        ZH: "图片集",
    },
    "cta_text": {
        EN: "Read the Universal Declaration of Human Rights, the text that inspires every story.",
        FR: "Lisez la Déclaration universelle des droits de l'homme, le texte qui inspire chaque histoire.",
        ES: "Lea la Declaración Universal de Derechos Humanos, el texto que inspira cada historia.",
        AR: "اقرأ الإعلان العالمي لحقوق الإنسان، النص الذي تستلهم منه كل قصة.",
        RU: "Прочитайте Всеобщую декларацию прав человека — текст, который вдохновляет каждую историю.",
        ZH: "阅读《世界人权宣言》——每个故事的灵感来源。",
    },
    "cta_button": {
        EN: "Read the Declaration",
        FR: "Lire la Déclaration",
        ES: "Leer la Declaración",
        AR: "اقرأ الإعلان",
        RU: "Читать Декларацию",
        ZH: "阅读宣言",
    },
    "video_title": {
        EN: "Watch the story",
        FR: "Regarder l'histoire",
        ES: "Ver la historia",
        AR: "شاهد القصة",
        RU: "Смотреть историю",
        ZH: "观看故事",
    },
    "video_caption": {
        EN: "Demo video: the link is an example.",
        FR: "Vidéo de démonstration : le lien est un exemple.",
        ES: "Video de demostración: el enlace es un ejemplo.",
        AR: "فيديو للعرض: الرابط مجرد مثال.",
        RU: "Демонстрационное видео: ссылка приведена для примера.",
        ZH: "演示视频：链接仅为示例。",
    },
    "hosted_video_caption": {
        EN: "Demo video with captions; the file is a placeholder.",
        FR: "Vidéo de démonstration sous-titrée ; le fichier est un espace réservé.",
        ES: "Video de demostración con subtítulos; el archivo es provisional.",
        AR: "فيديو للعرض مع ترجمة مصاحبة؛ الملف مؤقت.",
        RU: "Демонстрационное видео с субтитрами; файл-заглушка.",
        ZH: "带字幕的演示视频；文件为占位文件。",
    },
    "document_title": {
        EN: "Download the summary (demo PDF)",
        FR: "Télécharger le résumé (PDF de démonstration)",
        ES: "Descargar el resumen (PDF de demostración)",
        AR: "تنزيل الملخص (ملف PDF للعرض)",
        RU: "Скачать краткое изложение (демонстрационный PDF)",
        ZH: "下载摘要（演示PDF）",
    },
    "live_feed_title": {
        EN: "Live broadcast from the project",
        FR: "Diffusion en direct depuis le projet",
        ES: "Transmisión en directo desde el proyecto",
        AR: "بث مباشر من موقع المشروع",
        RU: "Прямая трансляция с места проекта",
        ZH: "项目现场直播",
    },
}


def glossary(key, language):
    return GLOSSARY[key][language]


@dataclass(frozen=True)
class Palette:
    """Colours of a generated image and how its alt text names them in each language."""

    key: str
    start: str
    end: str
    accent: str
    names: dict


PALETTES = {
    palette.key: palette
    for palette in [
        Palette(
            "teal",
            "#0f766e",
            "#5eead4",
            "#fb7185",
            {
                EN: "teal and coral",
                FR: "bleu canard et corail",
                ES: "verde azulado y coral",
                AR: "باللونين الأزرق المخضرّ والمرجاني",
                RU: "сине-зеленом и коралловом",
                ZH: "蓝绿色和珊瑚色",
            },
        ),
        Palette(
            "blue",
            "#1e3a8a",
            "#60a5fa",
            "#fbbf24",
            {
                EN: "blue and gold",
                FR: "bleu et or",
                ES: "azul y dorado",
                AR: "باللونين الأزرق والذهبي",
                RU: "синем и золотом",
                ZH: "蓝色和金色",
            },
        ),
        Palette(
            "purple",
            "#581c87",
            "#c084fc",
            "#fb923c",
            {
                EN: "purple and orange",
                FR: "violet et orange",
                ES: "morado y naranja",
                AR: "باللونين البنفسجي والبرتقالي",
                RU: "фиолетовом и оранжевом",
                ZH: "紫色和橙色",
            },
        ),
        Palette(
            "green",
            "#14532d",
            "#4ade80",
            "#facc15",
            {
                EN: "green and yellow",
                FR: "vert et jaune",
                ES: "verde y amarillo",
                AR: "باللونين الأخضر والأصفر",
                RU: "зеленом и желтом",
                ZH: "绿色和黄色",
            },
        ),
        Palette(
            "red",
            "#7f1d1d",
            "#f87171",
            "#fde68a",
            {
                EN: "red and cream",
                FR: "rouge et crème",
                ES: "rojo y crema",
                AR: "باللونين الأحمر والكريمي",
                RU: "красном и кремовом",
                ZH: "红色和奶油色",
            },
        ),
        Palette(
            "navy",
            "#0c4a6e",
            "#38bdf8",
            "#2dd4bf",
            {
                EN: "navy and turquoise",
                FR: "bleu marine et turquoise",
                ES: "azul marino y turquesa",
                AR: "باللونين الكحلي والفيروزي",
                RU: "темно-синем и бирюзовом",
                ZH: "藏青色和青绿色",
            },
        ),
        Palette(
            "amber",
            "#78350f",
            "#f59e0b",
            "#fef3c7",
            {
                EN: "brown and amber",
                FR: "brun et ambre",
                ES: "marrón y ámbar",
                AR: "باللونين البني والكهرماني",
                RU: "коричневом и янтарном",
                ZH: "棕色和琥珀色",
            },
        ),
        Palette(
            "slate",
            "#334155",
            "#94a3b8",
            "#f472b6",
            {
                EN: "slate grey and pink",
                FR: "gris ardoise et rose",
                ES: "gris pizarra y rosa",
                AR: "باللونين الرمادي والوردي",
                RU: "сером и розовом",
                ZH: "灰色和粉色",
            },
        ),
    ]
}

ALT_TEXT = {
    EN: "Abstract demo illustration: circles and lines on a {colours} background",
    FR: "Illustration abstraite de démonstration : cercles et lignes sur un fond {colours}",
    ES: "Ilustración abstracta de demostración: círculos y líneas sobre un fondo {colours}",
    AR: "رسم توضيحي تجريدي للعرض: دوائر وخطوط على خلفية {colours}",
    RU: "Абстрактная демонстрационная иллюстрация: круги и линии на {colours} фоне",
    ZH: "抽象演示插图：{colours}背景上的圆形和线条",
}


def alt_text(palette_key, language):
    """Alt text that describes the generated image as it is, in ``language``."""
    return ALT_TEXT[language].format(colours=PALETTES[palette_key].names[language])
