# ruff: noqa: E501  (prose and translations read best one sentence per line)
"""The launch event, the Geneva meeting, the next meeting and the joint declaration.

Times are wall-clock times at the venue; the loader attaches the venue's time zone. The
next meeting is dated from the day the demo is loaded, so it is always upcoming.
"""

import datetime
from dataclasses import dataclass, field

from home.demo.data import AR, COUNTRY_BY_CODE, EN, ES, FOUNDING_COUNTRIES, FR, LAUNCH_DATE, RU, ZH
from home.demo.stories import STORY_BY_KEY, STREAM_DEMO, UNWEBTV_DEMO, YOUTUBE_DEMO, launch_story

STORY_PRESENTATION = {
    EN: "Story presentation: {name}",
    FR: "Présentation d'une histoire : {name}",
    ES: "Presentación de una historia: {name}",
    AR: "عرض قصة: {name}",
    RU: "Презентация истории: {name}",
    ZH: "故事介绍：{name}",
}

OPENING = {
    EN: "Opening remarks",
    FR: "Allocutions d'ouverture",
    ES: "Palabras de apertura",
    AR: "الكلمات الافتتاحية",
    RU: "Вступительные заявления",
    ZH: "开幕致辞",
}
CLOSING = {
    EN: "Closing remarks",
    FR: "Allocutions de clôture",
    ES: "Palabras de clausura",
    AR: "الكلمات الختامية",
    RU: "Заключительные заявления",
    ZH: "闭幕致辞",
}

NOTES = {
    "video": {
        EN: "Cue the video as soon as the minister finishes the introduction.",
        FR: "Lancer la vidéo dès que le ministre a terminé son introduction.",
        ES: "Lanzar el video en cuanto el ministro termine la introducción.",
        AR: "شغّل الفيديو فور انتهاء الوزير من المقدمة.",
        RU: "Запустить видео сразу после вступительного слова министра.",
        ZH: "部长介绍结束后立即播放视频。",
    },
    "live": {
        EN: "Live link from the capital: check the connection with the control room ten minutes before.",
        FR: "Liaison en direct avec la capitale : vérifier la connexion avec la régie dix minutes avant.",
        ES: "Conexión en directo con la capital: comprobar la conexión con la sala de control diez minutos antes.",
        AR: "بث مباشر من العاصمة: تحقّق من الاتصال بغرفة التحكم قبل عشر دقائق.",
        RU: "Прямое включение из столицы: проверить связь с аппаратной за десять минут.",
        ZH: "与首都现场连线：提前十分钟与控制室确认连接。",
    },
    "signing": {
        EN: "Signing table on stage, with pens and folders for thirteen delegations.",
        FR: "Table de signature sur l'estrade, avec stylos et dossiers pour treize délégations.",
        ES: "Mesa de firma en el estrado, con bolígrafos y carpetas para trece delegaciones.",
        AR: "طاولة التوقيع على المنصة، مع أقلام وملفات لثلاثة عشر وفدًا.",
        RU: "Стол для подписания на сцене, ручки и папки для тринадцати делегаций.",
        ZH: "签字桌设在台上，为十三个代表团备好笔和文件夹。",
    },
}

LIVE_FROM = {
    "Lima": {
        EN: "Live from Lima",
        FR: "En direct de Lima",
        ES: "En directo desde Lima",
        AR: "بث مباشر من ليما",
        RU: "Прямое включение из Лимы",
        ZH: "利马现场直播",
    },
    "Ouagadougou": {
        EN: "Live from Ouagadougou",
        FR: "En direct de Ouagadougou",
        ES: "En directo desde Uagadugú",
        AR: "بث مباشر من واغادوغو",
        RU: "Прямое включение из Уагадугу",
        ZH: "瓦加杜古现场直播",
    },
    "Jakarta": {
        EN: "Live from Jakarta",
        FR: "En direct de Jakarta",
        ES: "En directo desde Yakarta",
        AR: "بث مباشر من جاكرتا",
        RU: "Прямое включение из Джакарты",
        ZH: "雅加达现场直播",
    },
}


@dataclass(frozen=True)
class Media:
    """A video link, or a live feed from a capital in that capital's time zone."""

    kind: str
    url: str
    city: str = ""
    time_zone: str = ""
    recording: str = ""


@dataclass(frozen=True)
class Item:
    starts_at: datetime.datetime
    minutes: int
    kind: str
    title: dict
    speakers: tuple = ()
    country: str = ""
    story: str = ""
    media: Media | None = None
    notes: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Meeting:
    key: str
    kind: str
    slug: dict
    title: dict
    introduction: dict
    body: dict
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    time_zone: str
    city: dict
    venue: dict
    session_reference: str
    themes: tuple
    co_chairs: tuple
    organisations: tuple
    programme: list
    livestream: dict | None = None
    outcome_document: dict | None = None
    translations: dict = field(default_factory=dict)


# Media played during the launch: videos for some stories, live links for others. The
# feeds run in the capital's own time zone, shifted from New York's clock accordingly.
LAUNCH_MEDIA = {
    "NO": Media("video", YOUTUBE_DEMO.format(2)),
    "KR": Media("video", YOUTUBE_DEMO.format(3)),
    "UY": Media("video", YOUTUBE_DEMO.format(4)),
    "NZ": Media("video", YOUTUBE_DEMO.format(1)),
    "GM": Media("video", UNWEBTV_DEMO.format(2)),
    "PE": Media(
        "live_feed",
        STREAM_DEMO.format("lima"),
        city="Lima",
        time_zone="America/Lima",
        recording=UNWEBTV_DEMO.format(10),
    ),
    "BF": Media(
        "live_feed",
        STREAM_DEMO.format("ouagadougou"),
        city="Ouagadougou",
        time_zone="Africa/Ouagadougou",
        recording=UNWEBTV_DEMO.format(11),
    ),
    "ID": Media(
        "live_feed",
        STREAM_DEMO.format("jakarta"),
        city="Jakarta",
        time_zone="Asia/Jakarta",
        recording=UNWEBTV_DEMO.format(12),
    ),
}


def _story_items(codes, first_start, minutes, story_for, media_for=None):
    items = []
    for index, code in enumerate(codes):
        country = COUNTRY_BY_CODE[code]
        media = (media_for or {}).get(code)
        notes = {}
        if media is not None:
            notes = NOTES["live"] if media.kind == "live_feed" else NOTES["video"]
        items.append(
            Item(
                starts_at=first_start + datetime.timedelta(minutes=minutes * index),
                minutes=minutes,
                kind="story",
                title={
                    language: template.format(name=country.names[language])
                    for language, template in STORY_PRESENTATION.items()
                },
                speakers=(f"{code.lower()}-minister", f"{code.lower()}-presenter"),
                country=code,
                story=story_for(code).key,
                media=media,
                notes=notes,
            )
        )
    return items


def _at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute))


LAUNCH = Meeting(
    key="launch",
    kind="launch",
    slug={
        EN: "launch-new-york-2018",
        FR: "lancement-new-york-2018",
        ES: "lanzamiento-nueva-york-2018",
    },
    title={
        EN: "Launch of the Good Human Rights Stories Initiative",
        FR: "Lancement de l'Initiative « Bonnes histoires des droits de l'homme »",
        ES: "Lanzamiento de la Iniciativa «Buenas historias de derechos humanos»",
        AR: "إطلاق مبادرة «قصص ناجحة في مجال حقوق الإنسان»",
        RU: "Начало работы Инициативы «Хорошие истории о правах человека»",
        ZH: "“人权好故事”倡议启动活动",
    },
    introduction={
        EN: "During the high-level week of the seventy-third session of the General Assembly, thirteen countries from five regions launched the initiative, each presenting one good story from home, and signed a joint declaration.",
        FR: "Pendant la semaine de haut niveau de la soixante-treizième session de l'Assemblée générale, treize pays de cinq régions ont lancé l'initiative, chacun présentant une bonne histoire nationale, et ont signé une déclaration commune.",
        ES: "Durante la semana de alto nivel del septuagésimo tercer período de sesiones de la Asamblea General, trece países de cinco regiones lanzaron la iniciativa, cada uno con una buena historia nacional, y firmaron una declaración conjunta.",
        AR: "خلال الأسبوع الرفيع المستوى للدورة الثالثة والسبعين للجمعية العامة، أطلق ثلاثة عشر بلدًا من خمس مناطق المبادرة، وقدّم كل منها قصة ناجحة من تجربته الوطنية، ووقّعت على إعلان مشترك.",
        RU: "В ходе недели высокого уровня семьдесят третьей сессии Генеральной Ассамблеи тринадцать стран из пяти регионов начали работу инициативы, представив каждая по одной хорошей истории из своего опыта, и подписали совместную декларацию.",
        ZH: "在大会第七十三届会议高级别周期间，来自五个区域的十三个国家发起了该倡议，各自介绍了本国的一个好故事，并签署了一项联合宣言。",
    },
    body={
        EN: "The event was open to all Member States, to international and regional organisations and to civil society. Ministers were invited to present their stories in the liveliest way possible, with videos, live links to their capitals and the people who made the stories happen.",
        FR: "L'événement était ouvert à tous les États Membres, aux organisations internationales et régionales et à la société civile. Les ministres ont été invités à présenter leurs histoires de la manière la plus vivante possible, avec des vidéos, des liaisons en direct avec leurs capitales et les personnes qui ont fait ces histoires.",
        ES: "El evento estuvo abierto a todos los Estados Miembros, a las organizaciones internacionales y regionales y a la sociedad civil. Se invitó a los ministros a presentar sus historias de la forma más viva posible, con videos, conexiones en directo con sus capitales y las personas que hicieron posibles esas historias.",
        AR: "كان الحدث مفتوحًا أمام جميع الدول الأعضاء والمنظمات الدولية والإقليمية والمجتمع المدني. ودُعي الوزراء إلى عرض قصصهم بأكثر الطرق حيوية، بمقاطع الفيديو والبث المباشر من عواصمهم وبمشاركة من صنعوا هذه القصص.",
        RU: "Мероприятие было открыто для всех государств-членов, международных и региональных организаций и гражданского общества. Министрам было предложено представить свои истории как можно живее — с видео, прямыми включениями из столиц и участием людей, благодаря которым эти истории стали возможны.",
        ZH: "本次活动向所有会员国、国际和区域组织以及民间社会开放。各位部长受邀以尽可能生动的方式介绍本国的故事，包括播放视频、与本国首都现场连线，并邀请促成这些故事的人士参与。",
    },
    starts_at=_at(LAUNCH_DATE, 10),
    ends_at=_at(LAUNCH_DATE, 12, 30),
    time_zone="America/New_York",
    city={
        EN: "New York",
        FR: "New York",
        ES: "Nueva York",
        AR: "نيويورك",
        RU: "Нью-Йорк",
        ZH: "纽约",
    },
    venue={
        EN: "United Nations Headquarters",
        FR: "Siège de l'Organisation des Nations Unies",
        ES: "Sede de las Naciones Unidas",
        AR: "مقر الأمم المتحدة",
        RU: "Центральные учреждения Организации Объединенных Наций",
        ZH: "联合国总部",
    },
    session_reference="UNGA 73",
    themes=(
        "equality-and-non-discrimination",
        "participation-and-civic-space",
        "indigenous-peoples",
        "access-to-justice",
    ),
    co_chairs=tuple(country.code for country in FOUNDING_COUNTRIES),
    organisations=(
        "ohchr",
        "undp",
        "unicef",
        "un-women",
        "hr-commission",
        "institute-hre",
        "fair-harvest",
    ),
    livestream={
        "url": "https://webtv.un.org/en/schedule",
        "provider": "unwebtv",
        "title": {
            EN: "Broadcast on UN Web TV",
            FR: "Retransmission sur UN Web TV",
            ES: "Transmisión en UN Web TV",
            AR: "البث على تلفزيون الأمم المتحدة على الإنترنت",
            RU: "Трансляция на UN Web TV",
            ZH: "联合国网络电视直播",
        },
        "recording": UNWEBTV_DEMO.format(3),
    },
    outcome_document={
        EN: "Joint declaration (PDF)",
        FR: "Déclaration commune (PDF)",
        ES: "Declaración conjunta (PDF)",
        AR: "الإعلان المشترك (PDF)",
        RU: "Совместная декларация (PDF)",
        ZH: "联合宣言（PDF）",
    },
    programme=[
        Item(_at(LAUNCH_DATE, 10), 10, "opening", OPENING, speakers=("moderator", "no-minister")),
        Item(
            _at(LAUNCH_DATE, 10, 10),
            15,
            "keynote",
            {
                EN: "Keynote: why good stories matter",
                FR: "Discours liminaire : pourquoi les bonnes histoires comptent",
                ES: "Discurso principal: por qué importan las buenas historias",
                AR: "الكلمة الرئيسية: لماذا تهمّ القصص الناجحة",
                RU: "Основной доклад: почему хорошие истории важны",
                ZH: "主旨发言：好故事为何重要",
            },
            speakers=("ohchr-adviser",),
        ),
        *_story_items(
            [country.code for country in FOUNDING_COUNTRIES],
            _at(LAUNCH_DATE, 10, 25),
            6,
            launch_story,
            LAUNCH_MEDIA,
        ),
        Item(
            _at(LAUNCH_DATE, 11, 45),
            30,
            "panel",
            {
                EN: "Panel: from good stories to good policies",
                FR: "Table ronde : des bonnes histoires aux bonnes politiques",
                ES: "Panel: de las buenas historias a las buenas políticas",
                AR: "حلقة نقاش: من القصص الناجحة إلى السياسات الناجحة",
                RU: "Дискуссия: от хороших историй к хорошей политике",
                ZH: "小组讨论：从好故事到好政策",
            },
            speakers=(
                "moderator",
                "nhri-commissioner",
                "business-founder",
                "undp-specialist",
                "unicef-officer",
            ),
        ),
        Item(
            _at(LAUNCH_DATE, 12, 15),
            15,
            "closing",
            {
                EN: "Signing of the joint declaration and closing",
                FR: "Signature de la déclaration commune et clôture",
                ES: "Firma de la declaración conjunta y clausura",
                AR: "التوقيع على الإعلان المشترك والاختتام",
                RU: "Подписание совместной декларации и закрытие",
                ZH: "签署联合宣言及闭幕",
            },
            speakers=("moderator", "unwomen-adviser"),
            notes=NOTES["signing"],
        ),
    ],
    translations={FR: True, ES: True, AR: True, RU: True, ZH: True},
)

GENEVA_DATE = datetime.date(2019, 2, 13)
GENEVA_STORIES = {
    "NO": "no/equal-pay-checked-every-year",
    "GE": "ge/public-services-in-every-communitys-language",
    "ID": "id/districts-that-call-themselves-human-rights-cities",
}

GENEVA = Meeting(
    key="geneva",
    kind="ministerial",
    slug={
        EN: "ministerial-meeting-geneva-2019",
        FR: "reunion-ministerielle-geneve-2019",
        ES: "reunion-ministerial-ginebra-2019",
    },
    title={
        EN: "Ministerial meeting in Geneva",
        FR: "Réunion ministérielle à Genève",
        ES: "Reunión ministerial en Ginebra",
    },
    introduction={
        EN: "Ahead of the fortieth session of the Human Rights Council, members met at ministerial level to discuss national human rights institutions as partners in good stories.",
        FR: "À l'approche de la quarantième session du Conseil des droits de l'homme, les membres se sont réunis au niveau ministériel pour examiner le rôle des institutions nationales des droits de l'homme comme partenaires des bonnes histoires.",
    },
    body={
        EN: "Three members presented stories told since the launch, and the panel discussed how independent institutions help good practice last beyond a single government.",
        FR: "Trois membres ont présenté des histoires racontées depuis le lancement, et la table ronde a examiné comment les institutions indépendantes aident les bonnes pratiques à durer au-delà d'un seul gouvernement.",
    },
    starts_at=_at(GENEVA_DATE, 15),
    ends_at=_at(GENEVA_DATE, 17),
    time_zone="Europe/Zurich",
    city={EN: "Geneva", FR: "Genève", ES: "Ginebra"},
    venue={EN: "Palais des Nations", FR: "Palais des Nations", ES: "Palacio de las Naciones"},
    session_reference="HRC 40",
    themes=("participation-and-civic-space", "equality-and-non-discrimination"),
    co_chairs=("NO", "UY"),
    organisations=("ohchr", "hr-commission", "council-of-europe"),
    outcome_document={
        EN: "Chair's summary (demo PDF)",
        FR: "Résumé de la présidence (PDF de démonstration)",
    },
    programme=[
        Item(_at(GENEVA_DATE, 15), 10, "opening", OPENING, speakers=("uy-minister",)),
        Item(
            _at(GENEVA_DATE, 15, 10),
            15,
            "keynote",
            {
                EN: "Keynote: national human rights institutions as partners",
                FR: "Discours liminaire : les institutions nationales des droits de l'homme comme partenaires",
                ES: "Discurso principal: las instituciones nacionales de derechos humanos como aliadas",
            },
            speakers=("nhri-commissioner",),
        ),
        *_story_items(
            list(GENEVA_STORIES),
            _at(GENEVA_DATE, 15, 25),
            15,
            lambda code: STORY_BY_KEY[GENEVA_STORIES[code]],
        ),
        Item(
            _at(GENEVA_DATE, 16, 10),
            35,
            "panel",
            {
                EN: "Panel: building partnerships for good practice",
                FR: "Table ronde : bâtir des partenariats pour les bonnes pratiques",
                ES: "Panel: construir alianzas para las buenas prácticas",
            },
            speakers=("moderator", "ohchr-adviser", "nhri-commissioner"),
        ),
        Item(_at(GENEVA_DATE, 16, 45), 15, "closing", CLOSING, speakers=("no-minister",)),
    ],
    translations={FR: True, ES: False},
)


NEXT_STORIES = {
    "CO": "co/escuelas-que-ensenan-la-paz",
    "KR": "kr/every-subway-station-within-reach",
    "TN": "tn/مدارس-مفتوحة-لكل-الأطفال",
}


def next_unga_day(today):
    """The Thursday of the General Assembly's high-level week after ``today``.

    The high-level week falls in the second half of September; the Thursday between the
    22nd and the 28th is a good stand-in for a demo.
    """
    year = today.year if today < datetime.date(today.year, 9, 1) else today.year + 1
    day = datetime.date(year, 9, 22)
    while day.weekday() != 3:
        day += datetime.timedelta(days=1)
    return day


def next_meeting(today):
    """A ministerial meeting during the next General Assembly, with its live broadcast."""
    day = next_unga_day(today)
    session = day.year - 1945  # UNGA 73 opened in September 2018.
    return Meeting(
        key="next",
        kind="ministerial",
        slug={
            EN: f"ministerial-meeting-unga-{session}",
            FR: f"reunion-ministerielle-agnu-{session}",
        },
        title={
            EN: f"Ministerial meeting at UNGA {session}",
            FR: f"Réunion ministérielle à la {session}e session de l'Assemblée générale",
        },
        introduction={
            EN: "Members and partners meet during the high-level week of the General Assembly to present new stories, with a live broadcast open to everyone.",
        },
        body={
            EN: "Colombia, the Republic of Korea and Tunisia present stories told since the last meeting, and the members discuss how to welcome new countries.",
        },
        starts_at=_at(day, 13, 15),
        ends_at=_at(day, 14, 45),
        time_zone="America/New_York",
        city={EN: "New York", FR: "New York"},
        venue={EN: "United Nations Headquarters", FR: "Siège de l'Organisation des Nations Unies"},
        session_reference=f"UNGA {session}",
        themes=("right-to-education", "rights-of-persons-with-disabilities"),
        co_chairs=("CO", "KR"),
        organisations=("ohchr", "unicef", "disability-studies"),
        livestream={
            "url": YOUTUBE_DEMO.replace("watch?v=", "live/").format(900),
            "provider": "youtube",
            "title": {
                EN: "Live broadcast of the meeting",
                FR: "Retransmission en direct de la réunion",
            },
            "recording": "",
        },
        programme=[
            Item(_at(day, 13, 15), 10, "opening", OPENING, speakers=("co-minister",)),
            *_story_items(
                list(NEXT_STORIES),
                _at(day, 13, 25),
                15,
                lambda code: STORY_BY_KEY[NEXT_STORIES[code]],
            ),
            Item(_at(day, 14, 10), 10, "break", {EN: "Break", FR: "Pause"}),
            Item(_at(day, 14, 20), 25, "closing", CLOSING, speakers=("kr-minister", "moderator")),
        ],
        translations={FR: False},
    )


@dataclass(frozen=True)
class Declaration:
    slug: dict
    title: dict
    paragraphs: list
    translations: dict


# The text follows the commitments in the initiative's 2018 concept note, in new words.
DECLARATION = Declaration(
    slug={EN: "joint-declaration", FR: "declaration-commune", ES: "declaracion-conjunta"},
    title={
        EN: "Joint Declaration of the Good Human Rights Stories Initiative",
        FR: "Déclaration commune de l'Initiative « Bonnes histoires des droits de l'homme »",
        ES: "Declaración conjunta de la Iniciativa «Buenas historias de derechos humanos»",
        AR: "الإعلان المشترك لمبادرة «قصص ناجحة في مجال حقوق الإنسان»",
        RU: "Совместная декларация Инициативы «Хорошие истории о правах человека»",
        ZH: "“人权好故事”倡议联合宣言",
    },
    paragraphs=[
        {
            EN: "We, the members of the Good Human Rights Stories Initiative, meeting in New York on 27 September 2018, in the year of the seventieth anniversary of the Universal Declaration of Human Rights:",
            FR: "Nous, membres de l'Initiative « Bonnes histoires des droits de l'homme », réunis à New York le 27 septembre 2018, l'année du soixante-dixième anniversaire de la Déclaration universelle des droits de l'homme :",
            ES: "Nosotros, los miembros de la Iniciativa «Buenas historias de derechos humanos», reunidos en Nueva York el 27 de septiembre de 2018, año del septuagésimo aniversario de la Declaración Universal de Derechos Humanos:",
            AR: "نحن، أعضاء مبادرة «قصص ناجحة في مجال حقوق الإنسان»، المجتمعين في نيويورك في 27 أيلول/سبتمبر 2018، في سنة الذكرى السنوية السبعين للإعلان العالمي لحقوق الإنسان:",
            RU: "Мы, члены Инициативы «Хорошие истории о правах человека», собравшиеся в Нью-Йорке 27 сентября 2018 года, в год семидесятой годовщины Всеобщей декларации прав человека:",
            ZH: "我们，“人权好故事”倡议的成员，于2018年9月27日，即《世界人权宣言》通过七十周年之际，在纽约集会：",
        },
        {
            EN: "Reaffirm that all human rights are universal, indivisible, interdependent and interrelated, and that respect for them is a founding value of our domestic and foreign policies;",
            FR: "Réaffirmons que tous les droits de l'homme sont universels, indivisibles, interdépendants et intimement liés, et que leur respect est une valeur fondatrice de nos politiques intérieures et extérieures ;",
            ES: "Reafirmamos que todos los derechos humanos son universales, indivisibles, interdependientes y están relacionados entre sí, y que su respeto es un valor fundacional de nuestras políticas interiores y exteriores;",
            AR: "نؤكد من جديد أن جميع حقوق الإنسان عالمية وغير قابلة للتجزئة ومترابطة ومتشابكة، وأن احترامها قيمة تأسيسية لسياساتنا الداخلية والخارجية؛",
            RU: "вновь подтверждаем, что все права человека универсальны, неделимы, взаимозависимы и взаимосвязаны и что их уважение является основополагающей ценностью нашей внутренней и внешней политики;",
            ZH: "重申一切人权都是普遍、不可分割、相互依存和相互关联的，尊重人权是我们内外政策的一项基本价值；",
        },
        {
            EN: "Commit to identify, share and celebrate positive examples of policies that have advanced human rights, so that others may learn from them and adapt them;",
            FR: "Nous engageons à repérer, partager et célébrer des exemples positifs de politiques qui ont fait progresser les droits de l'homme, afin que d'autres puissent s'en inspirer et les adapter ;",
            ES: "Nos comprometemos a identificar, compartir y celebrar ejemplos positivos de políticas que han hecho avanzar los derechos humanos, para que otros puedan aprender de ellos y adaptarlos;",
            AR: "نلتزم بتحديد الأمثلة الإيجابية للسياسات التي عزّزت حقوق الإنسان وتبادلها والاحتفاء بها، كي يتعلم منها الآخرون ويكيّفوها؛",
            RU: "обязуемся выявлять, распространять и отмечать положительные примеры политики, способствовавшей осуществлению прав человека, чтобы другие могли учиться на них и адаптировать их;",
            ZH: "承诺发现、分享和赞扬推进人权的积极政策范例，使其他国家能够借鉴和调整这些做法；",
        },
        {
            EN: "Do not present ourselves as perfect examples, and undertake to keep improving our own human rights record with openness;",
            FR: "Ne nous présentons pas comme des exemples parfaits et nous engageons à continuer d'améliorer notre propre bilan en matière de droits de l'homme, dans un esprit d'ouverture ;",
            ES: "No nos presentamos como ejemplos perfectos y nos comprometemos a seguir mejorando con apertura nuestro propio historial en materia de derechos humanos;",
            AR: "لا نقدّم أنفسنا نماذج كاملة، ونتعهد بمواصلة تحسين سجلنا في مجال حقوق الإنسان بروح من الانفتاح؛",
            RU: "не представляем себя идеальными примерами и обязуемся открыто продолжать улучшать положение с правами человека в наших странах;",
            ZH: "不把自己标榜为完美典范，并承诺以开放的态度不断改进本国的人权记录；",
        },
        {
            EN: "Value the work of the Human Rights Council, the Third Committee of the General Assembly, the Office of the High Commissioner and the special procedures, and will cooperate closely with them;",
            FR: "Saluons les travaux du Conseil des droits de l'homme, de la Troisième Commission de l'Assemblée générale, du Haut-Commissariat et des procédures spéciales, et coopérerons étroitement avec eux ;",
            ES: "Valoramos la labor del Consejo de Derechos Humanos, de la Tercera Comisión de la Asamblea General, de la Oficina del Alto Comisionado y de los procedimientos especiales, y cooperaremos estrechamente con ellos;",
            AR: "نقدّر عمل مجلس حقوق الإنسان واللجنة الثالثة للجمعية العامة والمفوضية السامية والإجراءات الخاصة، وسنتعاون معها تعاونًا وثيقًا؛",
            RU: "высоко ценим работу Совета по правам человека, Третьего комитета Генеральной Ассамблеи, Управления Верховного комиссара и специальных процедур и будем тесно сотрудничать с ними;",
            ZH: "重视人权理事会、大会第三委员会、人权高专办和特别程序的工作，并将与之密切合作；",
        },
        {
            EN: "Recognise the role of national human rights institutions and civil society, and will safeguard their independence and the space in which they work;",
            FR: "Reconnaissons le rôle des institutions nationales des droits de l'homme et de la société civile, et préserverons leur indépendance ainsi que l'espace dans lequel elles agissent ;",
            ES: "Reconocemos el papel de las instituciones nacionales de derechos humanos y de la sociedad civil, y salvaguardaremos su independencia y el espacio en que trabajan;",
            AR: "نعترف بدور المؤسسات الوطنية لحقوق الإنسان والمجتمع المدني، وسنصون استقلاليتها والفضاء الذي تعمل فيه؛",
            RU: "признаем роль национальных правозащитных учреждений и гражданского общества и будем защищать их независимость и пространство для их деятельности;",
            ZH: "承认国家人权机构和民间社会的作用，并将维护其独立性和工作空间；",
        },
        {
            EN: "Connect this work to the 2030 Agenda for Sustainable Development, because development that leaves no one behind rests on human rights;",
            FR: "Relions ce travail au Programme de développement durable à l'horizon 2030, car un développement qui ne laisse personne de côté repose sur les droits de l'homme ;",
            ES: "Vinculamos esta labor a la Agenda 2030 para el Desarrollo Sostenible, porque un desarrollo que no deja a nadie atrás se sustenta en los derechos humanos;",
            AR: "نربط هذا العمل بخطة التنمية المستدامة لعام 2030، لأن التنمية التي لا تترك أحدًا خلف الركب تقوم على حقوق الإنسان؛",
            RU: "увязываем эту работу с Повесткой дня в области устойчивого развития на период до 2030 года, поскольку развитие, при котором никто не забыт, опирается на права человека;",
            ZH: "将这项工作与《2030年可持续发展议程》联系起来，因为不让任何一个人掉队的发展以人权为基础；",
        },
        {
            EN: "Will meet regularly in Geneva and New York, at ministerial level where possible, and welcome new members who share these commitments.",
            FR: "Nous réunirons régulièrement à Genève et à New York, si possible au niveau ministériel, et accueillerons de nouveaux membres qui partagent ces engagements.",
            ES: "Nos reuniremos periódicamente en Ginebra y Nueva York, a nivel ministerial cuando sea posible, y daremos la bienvenida a nuevos miembros que compartan estos compromisos.",
            AR: "سنجتمع بانتظام في جنيف ونيويورك، على المستوى الوزاري كلما أمكن، ونرحّب بانضمام أعضاء جدد يشاركوننا هذه الالتزامات.",
            RU: "будем регулярно встречаться в Женеве и Нью-Йорке, по возможности на уровне министров, и приветствуем новых членов, разделяющих эти обязательства.",
            ZH: "将定期在日内瓦和纽约举行会议，尽可能在部长级别举行，并欢迎认同这些承诺的新成员加入。",
        },
    ],
    translations={FR: True, ES: True, AR: True, RU: True, ZH: True},
)

# The PDF of the declaration exists in the languages whose letters the PDF's built-in font
# can show; Arabic, Russian and Chinese versions keep the English PDF.
DECLARATION_PDF_LANGUAGES = (EN, FR, ES)


def declaration_html(language):
    """The declaration as rich text: the preamble, then the commitments as a numbered list."""
    preamble, *commitments = (paragraph[language] for paragraph in DECLARATION.paragraphs)
    items = "".join(f"<li>{text}</li>" for text in commitments)
    return f"<p>{preamble}</p><ol>{items}</ol>"
