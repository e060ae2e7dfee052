# ruff: noqa: E501  (prose and translations read best one sentence per line)
"""The demo's illustrative stories, two or more per member state, and their translations.

Each story is written in its source language (``language``); ``translations`` says which
other languages it is translated into, whether that translation is live or a draft, and how
much of it is translated. A translation with only title, summary and location keeps the
body paragraphs in the source language, so it shows as incomplete in the completeness
report. ``update`` is a paragraph added to the source after it was translated, without
syncing, so those translations show as out of date.
"""

import datetime
from dataclasses import dataclass, field

from home.demo.data import AR, EN, ES, FR, RU, ZH

# Links that look like real video addresses but name no real video. The ids are made up;
# nothing fetches them while loading.
YOUTUBE_DEMO = "https://www.youtube.com/watch?v=GHRSdemo{:03d}"
VIMEO_DEMO = "https://vimeo.com/900000{:03d}"
UNWEBTV_DEMO = "https://webtv.un.org/en/asset/k1g/k1ghrs{:04d}"
UDHR_URL = "https://www.un.org/en/about-us/universal-declaration-of-human-rights"
STREAM_DEMO = "https://stream.example.org/ghrs/{}.m3u8"


@dataclass(frozen=True)
class Figure:
    """A key figure, written the way each language writes numbers."""

    value: int | str
    percent: bool = False

    def text(self, language):
        if isinstance(self.value, str):
            return self.value
        number = self.value
        if language in (EN, ZH):
            digits = f"{number:,}"
        elif language in (FR, RU) or (language == ES and number >= 10_000):
            digits = f"{number:,}".replace(",", "\u00a0")
        else:
            digits = str(number)
        if not self.percent:
            return digits
        return f"{digits}%" if language in (EN, ZH, AR) else f"{digits}\u00a0%"


@dataclass(frozen=True)
class Translation:
    title: str
    summary: str
    location: str
    slug: str = ""
    live: bool = True
    intro: str = ""
    detail: str = ""
    quote: str = ""
    quote_by: str = ""
    quote_role: str = ""
    figure_label: str = ""

    @property
    def translates_body(self):
        return bool(self.intro)


@dataclass(frozen=True)
class Story:
    country: str
    language: str
    slug: str
    title: str
    summary: str
    location: str
    date: datetime.date
    themes: tuple
    sdgs: tuple
    partners: tuple
    presenter: str
    intro: str
    detail: str
    quote: str
    quote_by: str
    quote_role: str
    figure: Figure
    figure_label: str
    palette: str
    extras: tuple = ()
    video: str = ""
    hero_video: str = ""
    translations: dict = field(default_factory=dict)
    consent_expires_on: datetime.date | None = None
    update: str = ""

    @property
    def key(self):
        return f"{self.country.lower()}/{self.slug}"


STORIES = [
    # --- Argentina -------------------------------------------------------------------------
    Story(
        country="AR",
        language=ES,
        slug="documentos-que-reconocen-quienes-somos",
        title="Documentos que reconocen quiénes somos",
        summary="Un trámite sencillo y gratuito en el registro civil permite que las personas trans actualicen su nombre y su género en el documento de identidad, sin exámenes médicos ni juicios.",
        location="Buenos Aires, Argentina",
        date=datetime.date(2018, 5, 17),
        themes=("equality-and-non-discrimination", "gender-equality"),
        sdgs=(5, 10, 16),
        partners=("red-diversa", "civil-registry"),
        presenter="ar-presenter",
        intro="Durante años, muchas personas trans tuvieron que explicar en cada ventanilla por qué su documento no coincidía con su nombre. Un trámite administrativo gratuito en el registro civil cambió esa experiencia cotidiana.",
        detail="El personal del registro recibió formación junto con organizaciones de la sociedad civil, y los turnos pueden pedirse en línea. Quien lo solicita recibe su nuevo documento en pocas semanas, con la misma validez que cualquier otro.",
        quote="Por primera vez, mi documento dice quién soy. Ya no tengo miedo de mostrarlo.",
        quote_by="Valentina R.",
        quote_role="Participante del programa",
        figure=Figure(9000),
        figure_label="documentos actualizados en el primer año",
        palette="blue",
        extras=("cta",),
        translations={
            EN: Translation(
                slug="documents-that-recognise-who-we-are",
                title="Documents that recognise who we are",
                summary="A simple, free procedure at the civil registry lets trans people update the name and gender on their identity document, without medical tests or court cases.",
                location="Buenos Aires, Argentina",
                intro="For years, many trans people had to explain at every counter why their document did not match their name. A free administrative procedure at the civil registry changed that everyday experience.",
                detail="Registry staff were trained together with civil society organisations, and appointments can be booked online. Applicants receive their new document within a few weeks, valid like any other.",
                quote="For the first time, my document says who I am. I am no longer afraid to show it.",
                quote_role="Programme participant",
                figure_label="documents updated in the first year",
            ),
            FR: Translation(
                slug="des-papiers-qui-reconnaissent-qui-nous-sommes",
                title="Des papiers qui reconnaissent qui nous sommes",
                summary="Une démarche simple et gratuite à l'état civil permet aux personnes trans de mettre à jour le nom et le genre inscrits sur leur pièce d'identité, sans examen médical ni procès.",
                location="Buenos Aires, Argentine",
            ),
        },
    ),
    Story(
        country="AR",
        language=EN,
        slug="hospitals-that-speak-sign-language",
        title="Hospitals that speak sign language",
        summary="Public hospitals trained staff in Argentine Sign Language and added video interpreting, so that deaf patients can talk to their doctors directly and in confidence.",
        location="Córdoba, Argentina",
        date=datetime.date(2021, 9, 23),
        themes=("rights-of-persons-with-disabilities", "right-to-health"),
        sdgs=(3, 10),
        partners=("disability-studies", "undp"),
        presenter="ar-minister",
        intro="Deaf patients used to bring a relative to every appointment, or rely on notes passed across the desk. Now a nurse, or an interpreter on a video link, signs with them from the moment they arrive.",
        detail="Every participating hospital has staff who completed a basic sign language course, and a tablet connects to a qualified interpreter within minutes, day and night. Deaf associations helped design the training and still review it each year.",
        quote="I can finally ask my own questions about my health, without anyone in between.",
        quote_by="Martín G.",
        quote_role="Patient, Córdoba",
        figure=Figure(42),
        figure_label="public hospitals offering video interpreting",
        palette="teal",
        extras=("gallery", "cta"),
        translations={
            ES: Translation(
                slug="hospitales-que-hablan-lengua-de-senas",
                title="Hospitales que hablan lengua de señas",
                summary="Los hospitales públicos formaron a su personal en lengua de señas argentina e incorporaron interpretación por video, para que las personas sordas hablen con sus médicos de forma directa y confidencial.",
                location="Córdoba, Argentina",
            ),
        },
    ),
    # --- Burkina Faso ----------------------------------------------------------------------
    Story(
        country="BF",
        language=FR,
        slug="des-parajuristes-au-service-des-villages",
        title="Des parajuristes au service des villages",
        summary="Formés par une association locale, des parajuristes issus des communautés aident les familles rurales à obtenir des actes de naissance et à régler les conflits fonciers par la médiation, près de chez elles.",
        location="Koudougou, Burkina Faso",
        date=datetime.date(2017, 12, 10),
        themes=("access-to-justice", "rights-of-the-child"),
        sdgs=(16, 1),
        partners=("justice-proximite", "ohchr", "african-union"),
        presenter="bf-presenter",
        intro="Dans beaucoup de villages, le tribunal le plus proche est à une journée de route, et un acte de naissance peut coûter plusieurs déplacements. Des parajuristes issus des communautés rapprochent désormais le droit des habitants.",
        detail="Chaque parajuriste suit une formation de trois mois puis tient une permanence hebdomadaire au marché. Les cas simples sont réglés par la médiation ; les autres sont orientés vers les services compétents, avec un suivi jusqu'à leur résolution.",
        quote="Avant, on pensait que la loi n'était pas pour nous. Maintenant, on sait à quelle porte frapper.",
        quote_by="Issa K.",
        quote_role="Cultivateur",
        figure=Figure(3200),
        figure_label="actes de naissance obtenus avec l'aide des parajuristes",
        palette="amber",
        extras=("live_feed", "cta"),
        translations={
            EN: Translation(
                slug="paralegals-serving-the-villages",
                title="Paralegals serving the villages",
                summary="Trained by a local association, paralegals from the communities themselves help rural families obtain birth certificates and settle land disputes through mediation, close to home.",
                location="Koudougou, Burkina Faso",
                intro="In many villages the nearest court is a day's journey away, and a birth certificate can take several trips. Paralegals from the communities themselves now bring the law closer to people.",
                detail="Each paralegal follows a three-month training course and then holds a weekly session at the market. Simple cases are settled through mediation; others are referred to the right services and followed up until they are resolved.",
                quote="We used to think the law was not for us. Now we know which door to knock on.",
                quote_role="Farmer",
                figure_label="birth certificates obtained with the paralegals' help",
            ),
            ES: Translation(
                slug="paralegales-al-servicio-de-las-aldeas",
                title="Paralegales al servicio de las aldeas",
                summary="Formadas por una asociación local, personas paralegales de las propias comunidades ayudan a las familias rurales a obtener partidas de nacimiento y a resolver conflictos de tierras mediante la mediación, cerca de su hogar.",
                location="Koudougou, Burkina Faso",
            ),
        },
    ),
    Story(
        country="BF",
        language=EN,
        slug="girls-back-in-school-after-the-harvest",
        title="Girls back in school after the harvest",
        summary="Flexible school calendars, school meals and catch-up classes helped girls who left school during the harvest season come back and stay until the end of primary school.",
        location="Kaya, Burkina Faso",
        date=datetime.date(2019, 10, 11),
        themes=("right-to-education", "gender-equality", "rights-of-the-child"),
        sdgs=(4, 5),
        partners=("unicef",),
        presenter="bf-minister",
        intro="Each harvest, many girls left the classroom to help their families, and too many never came back. Schools in the region now adapt to the farming year instead of asking families to choose.",
        detail="Term dates follow the local calendar, a hot meal is served every school day, and catch-up classes help returning pupils rejoin their year group. Mothers' associations visit families whose daughters stop attending.",
        quote="My daughter missed a month of school and still passed her exams. That gave her courage.",
        quote_by="Mariam S.",
        quote_role="Mother and member of the parents' association",
        figure=Figure(87, percent=True),
        figure_label="of returning girls completed the school year",
        palette="green",
        translations={
            FR: Translation(
                live=False,
                slug="les-filles-retournent-a-l-ecole-apres-la-recolte",
                title="Les filles retournent à l'école après la récolte",
                summary="Des calendriers scolaires souples, des repas à l'école et des cours de rattrapage ont aidé les filles qui quittaient l'école pendant la récolte à revenir et à rester jusqu'à la fin du primaire.",
                location="Kaya, Burkina Faso",
            ),
        },
    ),
    # --- Cabo Verde ------------------------------------------------------------------------
    Story(
        country="CV",
        language=EN,
        slug="a-law-and-a-helpline-against-gender-based-violence",
        title="A law and a helpline against gender-based violence",
        summary="A law that makes gender-based violence a public crime, a free helpline and trained police units on every island gave survivors a clear path to protection.",
        location="Praia, Cabo Verde",
        date=datetime.date(2018, 3, 8),
        themes=("gender-equality", "access-to-justice"),
        sdgs=(5, 16),
        partners=("un-women", "coastal-women", "women-institute"),
        presenter="cv-presenter",
        intro="Survivors of violence once had to file a private complaint, and many withdrew it under pressure. Under the law, the state now prosecutes, and survivors no longer carry the case alone.",
        detail="A free helpline answers calls day and night, and specialised police officers on each island are trained to receive complaints. Shelters and legal advice are coordinated so that a survivor tells her story once, not five times.",
        quote="When I called, someone believed me and knew exactly what to do next.",
        quote_by="A woman who called the helpline",
        quote_role="",
        figure=Figure("24/7"),
        figure_label="the helpline answers around the clock",
        palette="purple",
        extras=("document", "cta"),
        translations={
            FR: Translation(
                slug="une-loi-et-une-ligne-d-ecoute-contre-les-violences-de-genre",
                title="Une loi et une ligne d'écoute contre les violences fondées sur le genre",
                summary="Une loi qui fait des violences fondées sur le genre un crime public, une ligne d'écoute gratuite et des unités de police formées sur chaque île ont ouvert aux survivantes un chemin clair vers la protection.",
                location="Praia, Cabo Verde",
            ),
            ES: Translation(
                slug="una-ley-y-una-linea-de-ayuda-contra-la-violencia-de-genero",
                title="Una ley y una línea de ayuda contra la violencia de género",
                summary="Una ley que considera la violencia de género un delito público, una línea de ayuda gratuita y unidades policiales capacitadas en cada isla ofrecieron a las sobrevivientes un camino claro hacia la protección.",
                location="Praia, Cabo Verde",
            ),
        },
    ),
    Story(
        country="CV",
        language=EN,
        slug="radio-lessons-reach-every-island",
        title="Radio lessons reach every island",
        summary="When schools closed, daily lessons on national radio and television kept children on all nine inhabited islands learning, with printed worksheets for homes without a signal.",
        location="Mindelo, Cabo Verde",
        date=datetime.date(2020, 5, 4),
        themes=("right-to-education", "rights-of-the-child"),
        sdgs=(4,),
        partners=("unicef", "digital-inclusion"),
        presenter="cv-minister",
        intro="Pupils in Cabo Verde live on nine inhabited islands, and during the school closures many had no internet at home. Radio, which reaches almost every household, became the classroom.",
        detail="Teachers recorded short lessons for each grade, broadcast at fixed times every weekday. Worksheets were printed and delivered with food parcels, and teachers phoned their pupils every week.",
        quote="The radio was on every morning at nine. Even the neighbours' children came to listen.",
        quote_by="Ana M.",
        quote_role="Grandmother, São Vicente",
        figure=Figure(9),
        figure_label="inhabited islands reached by the daily lessons",
        palette="navy",
        extras=("video",),
        video=VIMEO_DEMO.format(1),
        translations={
            FR: Translation(
                live=False,
                slug="des-cours-a-la-radio-sur-toutes-les-iles",
                title="Des cours à la radio sur toutes les îles",
                summary="Quand les écoles ont fermé, des cours quotidiens à la radio et à la télévision nationales ont permis aux enfants des neuf îles habitées de continuer à apprendre, avec des fiches imprimées pour les foyers sans signal.",
                location="Mindelo, Cabo Verde",
            ),
        },
    ),
    # --- Chile -----------------------------------------------------------------------------
    Story(
        country="CL",
        language=ES,
        slug="salud-intercultural-en-la-araucania",
        title="Salud intercultural en la Araucanía",
        summary="En centros de salud de la región, facilitadores interculturales y sanadores tradicionales mapuche trabajan junto a los equipos médicos, y las familias son atendidas en su propia lengua.",
        location="Temuco, Chile",
        date=datetime.date(2017, 6, 24),
        themes=("indigenous-peoples", "right-to-health"),
        sdgs=(3, 10),
        partners=("hr-commission", "undp"),
        presenter="cl-presenter",
        intro="Muchas familias mapuche evitaban los consultorios porque no se sentían comprendidas. Hoy, en varios centros de salud, las recibe un facilitador que habla mapudungun y conoce sus costumbres.",
        detail="Las comunidades participaron en el diseño de los espacios y de los protocolos de atención. Los equipos médicos y los sanadores tradicionales coordinan los casos y se derivan pacientes en ambos sentidos, con respeto por cada saber.",
        quote="Ahora mi abuela va a sus controles sin miedo, porque alguien le habla en su lengua.",
        quote_by="Francisca L.",
        quote_role="Vecina de Temuco",
        figure=Figure(12),
        figure_label="centros de salud con atención intercultural",
        palette="red",
        extras=("gallery", "cta"),
        translations={
            EN: Translation(
                slug="intercultural-health-care-in-araucania",
                title="Intercultural health care in Araucanía",
                summary="In health centres across the region, intercultural facilitators and traditional Mapuche healers work alongside medical teams, and families are seen in their own language.",
                location="Temuco, Chile",
                intro="Many Mapuche families avoided clinics because they did not feel understood. Today, in several health centres, they are welcomed by a facilitator who speaks Mapudungun and knows their customs.",
                detail="Communities took part in designing the spaces and the care protocols. Medical teams and traditional healers coordinate cases and refer patients in both directions, with respect for each kind of knowledge.",
                quote="Now my grandmother goes to her check-ups without fear, because someone speaks to her in her language.",
                quote_role="Resident of Temuco",
                figure_label="health centres offering intercultural care",
            ),
            FR: Translation(
                live=False,
                slug="sante-interculturelle-en-araucanie",
                title="Santé interculturelle en Araucanie",
                summary="Dans les centres de santé de la région, des médiateurs interculturels et des guérisseurs traditionnels mapuches travaillent aux côtés des équipes médicales, et les familles sont reçues dans leur propre langue.",
                location="Temuco, Chili",
            ),
        },
    ),
    Story(
        country="CL",
        language=EN,
        slug="an-independent-voice-for-children-in-care",
        title="An independent voice for children in care",
        summary="An independent children's ombudsperson visits residential care homes, listens to children in private and follows up on every complaint until it is resolved.",
        location="Santiago, Chile",
        date=datetime.date(2019, 6, 12),
        themes=("rights-of-the-child", "access-to-justice"),
        sdgs=(16, 10),
        partners=("ombuds-children", "unicef"),
        presenter="cl-minister",
        intro="Children living in residential care often had no one outside the home to turn to. An independent office now visits every home and speaks with children without staff present.",
        detail="Visiting teams publish what they find and make recommendations that the authorities must answer within a set time. Children can also write to or call the office directly, and a youth advisory council reviews how complaints are handled.",
        quote="They came back three months later to check that things had changed. That is when I started to trust them.",
        quote_by="Tomás, 15",
        quote_role="Young person in residential care",
        figure=Figure(240),
        figure_label="care homes visited in the first two years",
        palette="slate",
        extras=("cta",),
        consent_expires_on=datetime.date(2025, 6, 30),
        translations={
            ES: Translation(
                slug="una-voz-independiente-para-la-ninez-bajo-cuidado",
                title="Una voz independiente para niñas y niños bajo cuidado",
                summary="Una defensoría independiente de la niñez visita las residencias de protección, escucha a niñas y niños en privado y da seguimiento a cada reclamo hasta que se resuelve.",
                location="Santiago, Chile",
                intro="Las niñas y los niños que viven en residencias de protección a menudo no tenían a quién acudir fuera del hogar. Hoy una oficina independiente visita cada residencia y conversa con ellos sin la presencia del personal.",
                detail="Los equipos de visita publican lo que encuentran y formulan recomendaciones que las autoridades deben responder en un plazo fijo. Niñas y niños también pueden escribir o llamar directamente a la oficina, y un consejo asesor juvenil revisa cómo se tramitan los reclamos.",
                quote="Volvieron tres meses después para comprobar que las cosas habían cambiado. Ahí empecé a confiar en ellos.",
                quote_by="Tomás, 15 años",
                quote_role="Joven que vive en una residencia",
                figure_label="residencias visitadas en los dos primeros años",
            ),
        },
    ),
    # --- Georgia ---------------------------------------------------------------------------
    Story(
        country="GE",
        language=EN,
        slug="legal-aid-that-travels-to-the-mountains",
        title="Legal aid that travels to the mountains",
        summary="Mobile legal aid teams travel to high-mountain villages every month and give free advice on pensions, property and family matters to people who live hours from the nearest lawyer.",
        location="Mestia, Georgia",
        date=datetime.date(2018, 6, 15),
        themes=("access-to-justice", "equality-and-non-discrimination"),
        sdgs=(16, 10),
        partners=("mountain-legal-aid", "council-of-europe"),
        presenter="ge-presenter",
        intro="In the high mountains, a lawyer's office can be a long drive away on roads that close in winter. The legal aid service decided to go to the villages instead.",
        detail="A team of two lawyers and a social worker holds consultations in schools and community centres on fixed days each month. Cases that need more work continue by phone and video, and the team returns with documents ready to sign.",
        quote="The lawyer came to our school hall and sorted out my pension papers in one morning.",
        quote_by="Nodar T.",
        quote_role="Retired shepherd, Svaneti",
        figure=Figure(1500),
        figure_label="free consultations in mountain villages each year",
        palette="blue",
        extras=("video", "document", "cta"),
        video=UNWEBTV_DEMO.format(1),
        translations={
            RU: Translation(
                title="Юридическая помощь, которая приезжает в горы",
                summary="Мобильные группы юридической помощи каждый месяц приезжают в высокогорные села и бесплатно консультируют по вопросам пенсий, собственности и семьи тех, кто живет в часах езды от ближайшего юриста.",
                location="Местиа, Грузия",
            ),
            FR: Translation(
                slug="une-aide-juridique-qui-monte-dans-les-montagnes",
                title="Une aide juridique qui monte dans les montagnes",
                summary="Chaque mois, des équipes mobiles d'aide juridique se rendent dans les villages de haute montagne et conseillent gratuitement sur les retraites, la propriété et la famille des personnes qui vivent à des heures du premier avocat.",
                location="Mestia, Géorgie",
            ),
        },
    ),
    Story(
        country="GE",
        language=EN,
        slug="public-services-in-every-communitys-language",
        title="Public services in every community's language",
        summary="Public service halls in regions where many people speak Armenian or Azerbaijani now offer interpreters and forms in those languages, together with free Georgian classes.",
        location="Marneuli, Georgia",
        date=datetime.date(2018, 12, 5),
        themes=("equality-and-non-discrimination", "participation-and-civic-space"),
        sdgs=(10, 16),
        partners=("undp", "institute-hre"),
        presenter="ge-minister",
        intro="For many people in minority communities, renewing a passport or registering a business meant bringing a friend to translate. Service halls in their regions now serve them in their own language.",
        detail="Front-desk staff who speak the local languages were hired and trained, and the most used forms were translated. Free Georgian language courses in the same buildings help adults who want to learn the state language.",
        quote="I registered my bakery in one visit and understood every paper I signed.",
        quote_by="Aynur M.",
        quote_role="Baker, Marneuli",
        figure=Figure(30),
        figure_label="public services available in minority languages",
        palette="teal",
        translations={
            RU: Translation(
                live=False,
                title="Государственные услуги на языке каждой общины",
                summary="В регионах, где многие говорят на армянском или азербайджанском языке, центры государственных услуг теперь предлагают переводчиков и бланки на этих языках, а также бесплатные курсы грузинского языка.",
                location="Марнеули, Грузия",
            ),
        },
    ),
    # --- Indonesia -------------------------------------------------------------------------
    Story(
        country="ID",
        language=EN,
        slug="villages-that-plan-their-budgets-together",
        title="Villages that plan their budgets together",
        summary="Village assemblies that include women, young people and people with disabilities now decide together how part of the village budget is spent, and publish the results on a board in the square.",
        location="Yogyakarta, Indonesia",
        date=datetime.date(2018, 4, 21),
        themes=(
            "participation-and-civic-space",
            "rights-of-persons-with-disabilities",
            "gender-equality",
        ),
        sdgs=(16, 5, 10),
        partners=("undp", "youth-voices"),
        presenter="id-presenter",
        intro="Village budgets used to be decided by a few people in the village office. Open assemblies now invite everyone, and facilitators make sure the quietest voices are heard first.",
        detail="Separate preparatory meetings for women, young people and people with disabilities draw up proposals before the main assembly. The final budget is painted on a public board, and residents check each year that the projects were delivered.",
        quote="We asked for a ramp at the health post. Six months later, it was there.",
        quote_by="Pak Joko",
        quote_role="Village resident who uses a wheelchair",
        figure=Figure(320),
        figure_label="villages using open budget assemblies",
        palette="green",
        extras=("hosted_video",),
        translations={
            FR: Translation(
                slug="des-villages-qui-decident-ensemble-de-leur-budget",
                title="Des villages qui décident ensemble de leur budget",
                summary="Des assemblées villageoises ouvertes aux femmes, aux jeunes et aux personnes handicapées décident ensemble de l'usage d'une partie du budget du village et affichent les résultats sur un panneau de la place.",
                location="Yogyakarta, Indonésie",
            ),
            ES: Translation(
                live=False,
                slug="aldeas-que-planifican-juntas-su-presupuesto",
                title="Aldeas que planifican juntas su presupuesto",
                summary="Asambleas abiertas a mujeres, jóvenes y personas con discapacidad deciden juntas cómo se gasta parte del presupuesto de la aldea y publican los resultados en un panel de la plaza.",
                location="Yogyakarta, Indonesia",
            ),
            AR: Translation(
                live=False,
                title="قرى تخطط لميزانياتها معًا",
                summary="تقرر جمعيات قروية مفتوحة للنساء والشباب والأشخاص ذوي الإعاقة معًا كيفية إنفاق جزء من ميزانية القرية، وتنشر النتائج على لوحة في الساحة.",
                location="يوغياكارتا، إندونيسيا",
            ),
        },
    ),
    Story(
        country="ID",
        language=EN,
        slug="districts-that-call-themselves-human-rights-cities",
        title="Districts that call themselves human rights cities",
        summary="Local governments adopted human rights charters, opened complaint desks and now report every year to residents on how services for minorities and people with disabilities have improved.",
        location="Wonosobo, Indonesia",
        date=datetime.date(2018, 12, 10),
        themes=("participation-and-civic-space", "equality-and-non-discrimination"),
        sdgs=(11, 16),
        partners=("hr-commission", "institute-hre"),
        presenter="id-minister",
        intro="A growing number of districts have declared themselves human rights cities. The title comes with obligations: a charter, a complaints desk and an annual public report.",
        detail="Residents, religious leaders and civil society helped write each charter. The national human rights commission trains local officials and publishes a yearly comparison, which has become a friendly competition between districts.",
        quote="The charter hangs in the district office, and people quote it back to us.",
        quote_by="Ibu Ratna",
        quote_role="District official",
        figure=Figure(15),
        figure_label="districts with a human rights charter",
        palette="amber",
    ),
    # --- New Zealand -----------------------------------------------------------------------
    Story(
        country="NZ",
        language=EN,
        slug="te-reo-maori-in-every-classroom",
        title="Te reo Māori in every classroom",
        summary="Schools across the country now teach te reo Māori from the first year, with teachers trained alongside local iwi, so that children grow up hearing the language of the land they live on.",
        location="Rotorua, New Zealand",
        date=datetime.date(2018, 9, 14),
        themes=("indigenous-peoples", "right-to-education"),
        sdgs=(4, 10),
        partners=("institute-hre",),
        presenter="nz-presenter",
        intro="A generation ago, few children heard te reo Māori at school. Today many classes begin the day with a greeting, a song and a lesson in the language.",
        detail="Teachers learn alongside local iwi, who share the stories and place names of their area. Free evening classes for parents mean that the language travels home with the children.",
        quote="My grandmother was punished for speaking Māori at school. My son comes home and teaches me new words.",
        quote_by="Hine P.",
        quote_role="Parent, Rotorua",
        figure=Figure(94, percent=True),
        figure_label="of primary schools teach some te reo Māori",
        palette="navy",
        extras=("cta",),
        hero_video=YOUTUBE_DEMO.format(1),
        consent_expires_on=datetime.date(2030, 12, 31),
        translations={
            FR: Translation(
                slug="le-maori-dans-chaque-salle-de-classe",
                title="Le maori dans chaque salle de classe",
                summary="Dans tout le pays, les écoles enseignent désormais le te reo maori dès la première année, avec des enseignants formés aux côtés des iwi locaux, pour que les enfants grandissent en entendant la langue de la terre où ils vivent.",
                location="Rotorua, Nouvelle-Zélande",
            ),
            ES: Translation(
                slug="el-maori-en-cada-aula",
                title="El maorí en cada aula",
                summary="Las escuelas de todo el país enseñan ahora te reo maorí desde el primer año, con docentes formados junto a los iwi locales, para que niñas y niños crezcan escuchando la lengua de la tierra en la que viven.",
                location="Rotorua, Nueva Zelandia",
            ),
            ZH: Translation(
                live=False,
                title="每间教室都有毛利语",
                summary="全国各地的学校现在从一年级起教授毛利语，教师与当地部落一同接受培训，让孩子们在成长中听到他们所居住土地的语言。",
                location="新西兰罗托鲁瓦",
            ),
        },
    ),
    Story(
        country="NZ",
        language=EN,
        slug="counting-child-poverty-every-year",
        title="Counting child poverty every year",
        summary="A law requires the government to set targets for reducing child poverty and to report on them every year, so that progress, or its absence, is visible to everyone.",
        location="Wellington, New Zealand",
        date=datetime.date(2019, 5, 30),
        themes=("rights-of-the-child", "equality-and-non-discrimination"),
        sdgs=(1, 10),
        partners=("unicef", "ombuds-children"),
        presenter="nz-minister",
        intro="What is measured gets attention. Since child poverty must be measured and reported each year, it is discussed in every budget.",
        detail="Several measures are published side by side, from household income to material hardship, and the independent statistics office produces them. Children's advocates use the figures to ask ministers precise questions.",
        quote="Having the numbers every year changed the conversation from whether to act to how fast.",
        quote_by="Rawiri K.",
        quote_role="Children's advocate",
        figure=Figure(10),
        figure_label="measures of child poverty published each year",
        palette="slate",
    ),
    # --- Norway ----------------------------------------------------------------------------
    Story(
        country="NO",
        language=EN,
        slug="health-care-in-the-sami-language",
        title="Health care in the Sámi language",
        summary="Municipal health services in the far north now offer nurses, doctors and interpreters who speak North Sámi, so that older Sámi people can describe their pain in the language they think in.",
        location="Kautokeino, Norway",
        date=datetime.date(2018, 2, 6),
        themes=("indigenous-peoples", "right-to-health"),
        sdgs=(3, 10),
        partners=("institute-hre", "hr-commission"),
        presenter="no-presenter",
        intro="Many older Sámi people learned Norwegian as a second language, and in illness or old age it is often the first language that remains. Health services in the north now meet them in North Sámi.",
        detail="Municipalities recruit Sámi-speaking staff and offer language courses to others, and a shared interpreting service covers night shifts. Care homes celebrate Sámi holidays and serve traditional food.",
        quote="When my father was ill, the nurse spoke Sámi with him. He relaxed for the first time in weeks.",
        quote_by="Ánde S.",
        quote_role="Reindeer herder",
        figure=Figure(70, percent=True),
        figure_label="of home-care visits in the municipality can be made in North Sámi",
        palette="blue",
        extras=("video", "cta"),
        video=YOUTUBE_DEMO.format(2),
        update="Update: two more municipalities joined the programme the following year.",
        translations={
            FR: Translation(
                slug="des-soins-de-sante-en-langue-same",
                title="Des soins de santé en langue same",
                summary="Dans l'extrême nord, les services de santé municipaux proposent désormais des infirmières, des médecins et des interprètes qui parlent le same du Nord, pour que les Sames âgés puissent décrire leur douleur dans la langue dans laquelle ils pensent.",
                location="Kautokeino, Norvège",
                intro="Beaucoup de Sames âgés ont appris le norvégien comme deuxième langue, et dans la maladie ou la vieillesse, c'est souvent la première langue qui demeure. Dans le nord, les services de santé les accueillent désormais en same du Nord.",
                detail="Les municipalités recrutent du personnel parlant le same et proposent des cours de langue aux autres, et un service d'interprétation commun assure les gardes de nuit. Les maisons de retraite célèbrent les fêtes sames et servent des plats traditionnels.",
                quote="Quand mon père était malade, l'infirmière lui parlait en same. Pour la première fois depuis des semaines, il s'est détendu.",
                quote_role="Éleveur de rennes",
                figure_label="des visites de soins à domicile de la municipalité peuvent se faire en same du Nord",
            ),
            ES: Translation(
                slug="atencion-de-salud-en-lengua-sami",
                title="Atención de salud en lengua sami",
                summary="Los servicios municipales de salud del extremo norte ofrecen ahora enfermeras, médicos e intérpretes que hablan sami septentrional, para que las personas sami mayores puedan describir su dolor en la lengua en la que piensan.",
                location="Kautokeino, Noruega",
            ),
            RU: Translation(
                title="Медицинская помощь на саамском языке",
                summary="Муниципальные службы здравоохранения на крайнем севере теперь предлагают медсестер, врачей и переводчиков, говорящих на северносаамском языке, чтобы пожилые саамы могли описать свою боль на языке, на котором они думают.",
                location="Каутокейно, Норвегия",
            ),
        },
    ),
    Story(
        country="NO",
        language=EN,
        slug="equal-pay-checked-every-year",
        title="Equal pay, checked every year",
        summary="Employers with more than fifty staff must map pay by gender every year and explain any gaps, and the results are discussed openly with employee representatives.",
        location="Oslo, Norway",
        date=datetime.date(2018, 11, 1),
        themes=("gender-equality", "equality-and-non-discrimination"),
        sdgs=(5, 8),
        partners=("fair-harvest", "un-women"),
        presenter="no-minister",
        intro="Equal pay for equal work has been law for decades, yet gaps persisted where nobody looked. Annual pay mapping makes every employer look.",
        detail="Companies publish a short equality report with pay by gender and job level, and agree on measures with employee representatives. The equality ombud offers templates and checks a sample of reports every year.",
        quote="Once we saw the numbers, the gap in our warehouse was impossible to ignore. We closed it in two years.",
        quote_by="Ingrid H.",
        quote_role="Head of human resources",
        figure=Figure(4100),
        figure_label="companies reporting pay by gender",
        palette="purple",
        extras=("gallery", "cta"),
        translations={
            ES: Translation(
                slug="igualdad-salarial-revisada-cada-ano",
                title="Igualdad salarial, revisada cada año",
                summary="Las empresas con más de cincuenta personas empleadas deben analizar cada año los salarios por género y explicar cualquier brecha, y los resultados se debaten abiertamente con la representación del personal.",
                location="Oslo, Noruega",
                intro="La igualdad de remuneración por un mismo trabajo es ley desde hace décadas, pero las brechas persistían allí donde nadie miraba. El análisis salarial anual obliga a todas las empresas a mirar.",
                detail="Las empresas publican un breve informe de igualdad con los salarios por género y nivel de puesto, y acuerdan medidas con la representación del personal. La defensoría de la igualdad ofrece modelos y revisa cada año una muestra de informes.",
                quote="Cuando vimos las cifras, la brecha en nuestro almacén era imposible de ignorar. La cerramos en dos años.",
                quote_role="Jefa de recursos humanos",
                figure_label="empresas que informan de los salarios por género",
            ),
            FR: Translation(
                live=False,
                slug="l-egalite-salariale-verifiee-chaque-annee",
                title="L'égalité salariale, vérifiée chaque année",
                summary="Les employeurs de plus de cinquante salariés doivent analyser chaque année les salaires selon le genre et expliquer tout écart, et les résultats sont discutés ouvertement avec les représentants du personnel.",
                location="Oslo, Norvège",
            ),
        },
    ),
    # --- Peru ------------------------------------------------------------------------------
    Story(
        country="PE",
        language=ES,
        slug="interpretes-de-lenguas-indigenas",
        title="Intérpretes de lenguas indígenas en juzgados y hospitales",
        summary="Un registro nacional de intérpretes y traductores de lenguas indígenas permite que quienes hablan quechua, aimara y otras lenguas sean atendidos en su idioma en juzgados, comisarías y hospitales.",
        location="Cusco, Perú",
        date=datetime.date(2018, 8, 9),
        themes=("indigenous-peoples", "access-to-justice"),
        sdgs=(16, 10),
        partners=("institute-hre", "ohchr", "oas"),
        presenter="pe-presenter",
        intro="Durante mucho tiempo, una persona que solo hablaba quechua podía pasar por un juicio sin entender lo que se decía. Hoy, juzgados y hospitales pueden llamar a intérpretes certificados en más de treinta lenguas.",
        detail="Las y los intérpretes se forman en cursos gratuitos y se inscriben en un registro público que cualquier institución puede consultar. En las zonas rurales, muchas audiencias se hacen por videollamada, con la intérprete en la sala virtual.",
        quote="Cuando la jueza me habló por medio de la intérprete, sentí que por fin me escuchaban.",
        quote_by="Don Mario",
        quote_role="Agricultor de Paruro",
        figure=Figure(48),
        figure_label="lenguas indígenas con intérpretes registrados",
        palette="red",
        extras=("live_feed", "cta"),
        translations={
            EN: Translation(
                slug="indigenous-language-interpreters",
                title="Indigenous language interpreters in courts and hospitals",
                summary="A national register of indigenous language interpreters and translators means that people who speak Quechua, Aymara and other languages can be served in their own language in courts, police stations and hospitals.",
                location="Cusco, Peru",
                intro="For a long time, a person who spoke only Quechua could go through a trial without understanding what was said. Today, courts and hospitals can call on certified interpreters in more than thirty languages.",
                detail="Interpreters are trained in free courses and listed in a public register that any institution can consult. In rural areas, many hearings are held by video call, with the interpreter joining the virtual courtroom.",
                quote="When the judge spoke to me through the interpreter, I felt that at last someone was listening.",
                quote_role="Farmer from Paruro",
                figure_label="indigenous languages with registered interpreters",
            ),
            FR: Translation(
                slug="des-interpretes-en-langues-autochtones",
                title="Des interprètes en langues autochtones dans les tribunaux et les hôpitaux",
                summary="Un registre national d'interprètes et de traducteurs en langues autochtones permet aux locuteurs du quechua, de l'aymara et d'autres langues d'être servis dans leur langue dans les tribunaux, les commissariats et les hôpitaux.",
                location="Cusco, Pérou",
            ),
            RU: Translation(
                live=False,
                title="Переводчики с языков коренных народов в судах и больницах",
                summary="Национальный реестр устных и письменных переводчиков с языков коренных народов позволяет носителям кечуа, аймара и других языков получать помощь на родном языке в судах, полиции и больницах.",
                location="Куско, Перу",
            ),
        },
    ),
    Story(
        country="PE",
        language=EN,
        slug="women-leading-water-committees",
        title="Women leading water committees",
        summary="In Andean communities, a rule requiring women on every rural water board changed who decides about water, and the boards that women lead report fewer breakdowns and fairer fees.",
        location="Cajamarca, Peru",
        date=datetime.date(2021, 3, 22),
        themes=("gender-equality", "right-to-health", "participation-and-civic-space"),
        sdgs=(6, 5),
        partners=("un-women", "coastal-women"),
        presenter="pe-minister",
        intro="Women carry most of the water in rural households, yet the committees that manage it were almost all men. A simple rule changed that: every board must include women, and many now have a woman as president.",
        detail="Board members receive training in accounts, maintenance and conflict resolution. Meetings moved to times when women can attend, and fees are now set in open assemblies.",
        quote="They told me I would not manage the accounts. Three years later, our system has never worked better.",
        quote_by="Doña Elena",
        quote_role="President of a water committee",
        figure=Figure(40, percent=True),
        figure_label="of rural water board seats in the province are held by women",
        palette="teal",
        extras=("hosted_video", "cta"),
        translations={
            ES: Translation(
                slug="mujeres-al-frente-de-las-juntas-de-agua",
                title="Mujeres al frente de las juntas de agua",
                summary="En comunidades andinas, la norma que exige mujeres en cada junta rural de agua cambió quién decide sobre el agua, y las juntas que ellas dirigen registran menos averías y cuotas más justas.",
                location="Cajamarca, Perú",
                intro="Las mujeres cargan la mayor parte del agua en los hogares rurales, pero las juntas que la administran eran casi todas de hombres. Una norma sencilla lo cambió: cada junta debe incluir mujeres, y muchas ya tienen una presidenta.",
                detail="Las integrantes de las juntas reciben formación en contabilidad, mantenimiento y resolución de conflictos. Las reuniones se trasladaron a horarios en que las mujeres pueden asistir, y las cuotas se fijan ahora en asambleas abiertas.",
                quote="Me dijeron que no podría con las cuentas. Tres años después, nuestro sistema nunca ha funcionado mejor.",
                quote_role="Presidenta de una junta de agua",
                figure_label="de los puestos en las juntas rurales de agua de la provincia están ocupados por mujeres",
            ),
        },
    ),
    # --- Republic of Korea -----------------------------------------------------------------
    Story(
        country="KR",
        language=EN,
        slug="a-national-action-plan-shaped-by-citizens",
        title="A national action plan shaped by citizens",
        summary="Before adopting its national human rights action plan, the government held public hearings across the country and published how each proposal from citizens was taken into account.",
        location="Seoul, Republic of Korea",
        date=datetime.date(2018, 8, 7),
        themes=("participation-and-civic-space",),
        sdgs=(16, 17),
        partners=("hr-commission", "digital-inclusion"),
        presenter="kr-minister",
        intro="Action plans are often written by officials for officials. This time the draft went on tour: hearings in every province, an online platform and sessions with children, older people and migrants.",
        detail="Every proposal received an answer, published online, saying whether it was accepted and why. The national human rights commission reviews progress each year, and its assessment is presented to parliament.",
        quote="I suggested sign language in emergency broadcasts. It is in the plan, and now it is on television.",
        quote_by="Kim Eun-ji",
        quote_role="Participant in a public hearing",
        figure=Figure(12000),
        figure_label="proposals received from the public",
        palette="purple",
        extras=("video", "cta"),
        video=YOUTUBE_DEMO.format(3),
        translations={
            ZH: Translation(
                title="由公民共同塑造的国家行动计划",
                summary="政府在通过国家人权行动计划之前，在全国各地举行了公开听证会，并公布了如何考虑公民提出的每一项建议。",
                location="大韩民国首尔",
            ),
            ES: Translation(
                slug="un-plan-nacional-de-accion-elaborado-con-la-ciudadania",
                title="Un plan nacional de acción elaborado con la ciudadanía",
                summary="Antes de adoptar su plan nacional de acción en derechos humanos, el Gobierno celebró audiencias públicas en todo el país y publicó cómo se tuvo en cuenta cada propuesta ciudadana.",
                location="Seúl, República de Corea",
            ),
        },
    ),
    Story(
        country="KR",
        language=EN,
        slug="every-subway-station-within-reach",
        title="Every subway station within reach",
        summary="After years of campaigning by disabled people's organisations, the city committed to a step-free route in every subway station and now publishes progress station by station.",
        location="Busan, Republic of Korea",
        date=datetime.date(2022, 4, 20),
        themes=("rights-of-persons-with-disabilities", "participation-and-civic-space"),
        sdgs=(11, 10),
        partners=("disability-studies",),
        presenter="kr-presenter",
        intro="For wheelchair users, a station without an elevator is a closed door. Disabled people's organisations made their case in the streets and in council meetings until the city agreed to a timetable.",
        detail="An online map shows which stations have a step-free route, and users can report a broken elevator with a photo. The organisations sit on the committee that decides the order of the works.",
        quote="I used to plan my day around three stations. Now I just go.",
        quote_by="Choi Min-seo",
        quote_role="Wheelchair user and campaigner",
        figure=Figure(100, percent=True),
        figure_label="of stations are to have a step-free route when the plan ends",
        palette="green",
    ),
    # --- The Gambia ------------------------------------------------------------------------
    Story(
        country="GM",
        language=EN,
        slug="listening-sessions-in-every-region",
        title="Listening sessions in every region",
        summary="Before any law on transitional justice was drafted, people were invited to community listening sessions in local languages to say what justice and reparation should mean to them.",
        location="Banjul, The Gambia",
        date=datetime.date(2018, 7, 20),
        themes=("access-to-justice", "participation-and-civic-space"),
        sdgs=(16,),
        partners=("ohchr", "community-radio", "african-union"),
        presenter="gm-minister",
        intro="After years of fear, many people doubted that anyone in power wanted to hear them. Listening sessions held in every region, in Mandinka, Wolof, Fula and other languages, set out to prove otherwise.",
        detail="Sessions were recorded with consent, and summaries were read back on community radio so that participants could check them. Sessions for women only and for young people made it easier for some to speak.",
        quote="They wrote down what I said and read it back to me on the radio. It was my words.",
        quote_by="Fatoumata B.",
        quote_role="Market trader, Brikama",
        figure=Figure(68),
        figure_label="listening sessions across all regions",
        palette="amber",
        extras=("video", "cta"),
        video=UNWEBTV_DEMO.format(2),
        update="Update: the summaries of the sessions were later published in five languages.",
        translations={
            FR: Translation(
                slug="des-seances-d-ecoute-dans-chaque-region",
                title="Des séances d'écoute dans chaque région",
                summary="Avant la rédaction de toute loi sur la justice transitionnelle, la population a été invitée à des séances d'écoute communautaires, dans les langues locales, pour dire ce que la justice et la réparation devaient signifier pour elle.",
                location="Banjul, Gambie",
            ),
            AR: Translation(
                title="جلسات استماع في كل منطقة",
                summary="قبل صياغة أي قانون بشأن العدالة الانتقالية، دُعي الناس إلى جلسات استماع مجتمعية باللغات المحلية ليعبّروا عمّا ينبغي أن تعنيه العدالة وجبر الضرر بالنسبة إليهم.",
                location="بانجول، غامبيا",
            ),
        },
    ),
    Story(
        country="GM",
        language=EN,
        slug="community-radio-against-child-marriage",
        title="Community radio against child marriage",
        summary="Weekly radio programmes in local languages, hosted by young presenters with religious leaders and health workers, helped families understand the law against child marriage and why it matters.",
        location="Basse Santa Su, The Gambia",
        date=datetime.date(2021, 10, 11),
        themes=("rights-of-the-child", "gender-equality", "freedom-of-expression"),
        sdgs=(5, 4),
        partners=("community-radio", "unicef"),
        presenter="gm-presenter",
        intro="A law can change in the capital long before it changes in the villages. Community radio carried the conversation to where decisions about girls' futures are made.",
        detail="Each programme pairs a young presenter with an imam or a midwife and takes calls from listeners. Listening clubs in schools discuss the episodes, and girls who have stayed in school share their plans.",
        quote="My uncle heard the imam on the radio and changed his mind. I am still in school.",
        quote_by="Awa, 16",
        quote_role="Student",
        figure=Figure(35),
        figure_label="radio stations broadcasting the programme",
        palette="red",
        extras=("gallery",),
        consent_expires_on=datetime.date(2024, 10, 11),
    ),
    # --- Tunisia ---------------------------------------------------------------------------
    Story(
        country="TN",
        language=FR,
        slug="le-droit-de-savoir-commune-par-commune",
        title="Le droit de savoir, commune par commune",
        summary="Les communes publient leurs budgets et leurs décisions en ligne et répondent aux demandes d'information des habitants dans un délai fixé par la loi, avec un recours possible devant une instance indépendante.",
        location="Sfax, Tunisie",
        date=datetime.date(2018, 3, 16),
        themes=("freedom-of-expression", "participation-and-civic-space"),
        sdgs=(16,),
        partners=("hr-commission", "undp"),
        presenter="tn-presenter",
        intro="Il y a quelques années, obtenir le budget de sa commune relevait du parcours du combattant. Aujourd'hui, chaque mairie a un agent chargé de l'accès à l'information et un délai pour répondre.",
        detail="Les demandes peuvent être faites en ligne, par courrier ou au guichet, et les refus doivent être motivés. Une instance indépendante tranche les recours et publie ses décisions, qui guident les administrations.",
        quote="Nous avons demandé combien coûtait l'éclairage de notre rue. La réponse est arrivée en vingt jours.",
        quote_by="Hichem B.",
        quote_role="Membre d'une association de quartier",
        figure=Figure(20),
        figure_label="jours au plus pour répondre à une demande",
        palette="navy",
        extras=("document", "cta"),
        translations={
            EN: Translation(
                slug="the-right-to-know-town-by-town",
                title="The right to know, town by town",
                summary="Municipalities publish their budgets and decisions online and answer residents' requests for information within a deadline set by law, with an appeal to an independent authority.",
                location="Sfax, Tunisia",
                intro="A few years ago, getting hold of your town's budget was an obstacle course. Today every town hall has an officer responsible for access to information, and a deadline to answer.",
                detail="Requests can be made online, by post or at the counter, and refusals must give reasons. An independent authority decides appeals and publishes its decisions, which guide the administration.",
                quote="We asked how much the lighting in our street cost. The answer came in twenty days.",
                quote_role="Member of a neighbourhood association",
                figure_label="days at most to answer a request",
            ),
            AR: Translation(
                title="الحق في المعرفة، بلدية تلو الأخرى",
                summary="تنشر البلديات ميزانياتها وقراراتها على الإنترنت وتجيب عن طلبات السكان للحصول على المعلومات في أجل يحدده القانون، مع إمكانية الطعن أمام هيئة مستقلة.",
                location="صفاقس، تونس",
            ),
            ES: Translation(
                live=False,
                slug="el-derecho-a-saber-municipio-por-municipio",
                title="El derecho a saber, municipio por municipio",
                summary="Los municipios publican sus presupuestos y decisiones en línea y responden a las solicitudes de información de la población en un plazo fijado por la ley, con posibilidad de recurso ante una instancia independiente.",
                location="Sfax, Túnez",
            ),
        },
    ),
    Story(
        country="TN",
        language=AR,
        slug="مدارس-مفتوحة-لكل-الأطفال",
        title="مدارس تفتح أبوابها لكل الأطفال",
        summary="جُهّزت مدارس ابتدائية عادية بمنحدرات ومعلمين مساندين ومواد تعليمية مكيّفة، فصار الأطفال ذوو الإعاقة يدرسون في أقسام الحي مع إخوتهم وجيرانهم.",
        location="القيروان، تونس",
        date=datetime.date(2022, 10, 3),
        themes=("rights-of-persons-with-disabilities", "right-to-education", "rights-of-the-child"),
        sdgs=(4, 10),
        partners=("unicef", "disability-studies"),
        presenter="tn-minister",
        intro="كان كثير من الأطفال ذوي الإعاقة يبقون في البيت أو يُرسَلون إلى مراكز بعيدة. واليوم تستقبلهم مدارس الحي، ويجلسون في القسم نفسه مع أطفال حيّهم.",
        detail="تلقّى المعلمون تدريبًا على التعليم الدامج، ويعمل في كل مدرسة معلم مساند يرافق التلاميذ الذين يحتاجون إلى دعم إضافي. وشاركت جمعيات الأولياء في تهيئة المباني وفي متابعة التقدم كل ثلاثة أشهر.",
        quote="ابني يذهب إلى المدرسة مع أخته كل صباح، وهذا وحده كان حلمًا.",
        quote_by="أم يوسف",
        quote_role="والدة تلميذ",
        figure=Figure(60),
        figure_label="مدرسة ابتدائية صارت دامجة في الولاية",
        palette="green",
        extras=("gallery", "cta"),
        translations={
            EN: Translation(
                slug="schools-that-open-their-doors-to-every-child",
                title="Schools that open their doors to every child",
                summary="Ordinary primary schools were fitted with ramps, support teachers and adapted learning materials, so children with disabilities now study in neighbourhood classes with their brothers, sisters and neighbours.",
                location="Kairouan, Tunisia",
                intro="Many children with disabilities used to stay at home or were sent to distant centres. Today neighbourhood schools welcome them, and they sit in the same class as the other children from their street.",
                detail="Teachers were trained in inclusive education, and every school has a support teacher who works with pupils who need extra help. Parents' associations helped adapt the buildings and review progress every three months.",
                quote="My son goes to school with his sister every morning. That alone used to be a dream.",
                quote_by="Umm Youssef",
                quote_role="Mother of a pupil",
                figure_label="primary schools in the governorate have become inclusive",
            ),
            FR: Translation(
                slug="des-ecoles-qui-ouvrent-leurs-portes-a-tous-les-enfants",
                title="Des écoles qui ouvrent leurs portes à tous les enfants",
                summary="Des écoles primaires ordinaires ont été équipées de rampes, d'enseignants de soutien et de supports adaptés : les enfants handicapés étudient désormais dans les classes du quartier avec leurs frères, leurs sœurs et leurs voisins.",
                location="Kairouan, Tunisie",
                intro="Beaucoup d'enfants handicapés restaient à la maison ou étaient envoyés dans des centres éloignés. Aujourd'hui, les écoles du quartier les accueillent, dans la même classe que les autres enfants de leur rue.",
                detail="Les enseignants ont été formés à l'éducation inclusive, et chaque école dispose d'un enseignant de soutien qui accompagne les élèves ayant besoin d'une aide supplémentaire. Les associations de parents ont participé à l'aménagement des bâtiments et font le point tous les trois mois.",
                quote="Mon fils va à l'école avec sa sœur chaque matin. Cela seul était un rêve.",
                quote_by="Oum Youssef",
                quote_role="Mère d'un élève",
                figure_label="écoles primaires du gouvernorat sont devenues inclusives",
            ),
        },
    ),
    # --- Uruguay ---------------------------------------------------------------------------
    Story(
        country="UY",
        language=ES,
        slug="una-computadora-para-cada-escolar",
        title="Una computadora para cada escolar",
        summary="Cada niña y cada niño de la escuela pública recibió una computadora portátil con conexión gratuita en la escuela, y las familias aprendieron a usarla junto a sus hijos.",
        location="Montevideo, Uruguay",
        date=datetime.date(2017, 9, 15),
        themes=("right-to-education", "rights-of-the-child", "equality-and-non-discrimination"),
        sdgs=(4, 10, 9),
        partners=("digital-inclusion", "undp"),
        presenter="uy-presenter",
        intro="Hace unos años, tener computadora en casa dependía del barrio en que se vivía. El programa entregó una a cada escolar y llevó conexión a todas las escuelas públicas, incluidas las rurales.",
        detail="Las maestras recibieron formación y materiales para usar las computadoras en clase, y las plazas públicas ofrecen wifi gratuito. Los talleres para familias convirtieron a muchos abuelos en alumnos de sus nietos.",
        quote="Mi nieta me enseñó a hacer videollamadas. Ahora hablo con mi hijo que vive lejos.",
        quote_by="Doña Rosa",
        quote_role="Abuela, Tacuarembó",
        figure=Figure(100, percent=True),
        figure_label="de las escuelas públicas con conexión",
        palette="blue",
        extras=("video", "cta"),
        video=YOUTUBE_DEMO.format(4),
        update="Actualización: al año siguiente, el programa sumó cursos de programación para estudiantes de liceo.",
        translations={
            EN: Translation(
                slug="a-computer-for-every-schoolchild",
                title="A computer for every schoolchild",
                summary="Every child in public school received a laptop with a free connection at school, and families learned to use it alongside their children.",
                location="Montevideo, Uruguay",
                intro="A few years ago, having a computer at home depended on which neighbourhood you lived in. The programme gave one to every schoolchild and connected every public school, rural schools included.",
                detail="Teachers received training and materials to use the computers in class, and public squares offer free wifi. Workshops for families turned many grandparents into their grandchildren's pupils.",
                quote="My granddaughter taught me to make video calls. Now I talk to my son who lives far away.",
                quote_role="Grandmother, Tacuarembó",
                figure_label="of public schools are connected",
            ),
            FR: Translation(
                slug="un-ordinateur-pour-chaque-ecolier",
                title="Un ordinateur pour chaque écolier",
                summary="Chaque enfant de l'école publique a reçu un ordinateur portable avec une connexion gratuite à l'école, et les familles ont appris à s'en servir avec leurs enfants.",
                location="Montevideo, Uruguay",
            ),
            ZH: Translation(
                title="每个学童一台电脑",
                summary="公立学校的每个孩子都获得了一台笔记本电脑，并可在学校免费上网，家长们也和孩子一起学习如何使用电脑。",
                location="乌拉圭蒙得维的亚",
            ),
        },
    ),
    Story(
        country="UY",
        language=EN,
        slug="youth-councils-in-every-department",
        title="Youth councils in every department",
        summary="Elected youth councils in each department advise local governments on policies that affect young people, and have a guaranteed slot in the council's annual budget debate.",
        location="Tacuarembó, Uruguay",
        date=datetime.date(2022, 8, 12),
        themes=("participation-and-civic-space", "rights-of-the-child"),
        sdgs=(16, 10),
        partners=("youth-voices",),
        presenter="uy-minister",
        intro="Young people are a third of the population in some departments, but they rarely had a seat where decisions were made. Elected youth councils now give them one.",
        detail="Secondary school students and young workers elect the councils every two years. Council members receive a short training in public budgets, and the departmental government answers their proposals in writing.",
        quote="We proposed a night bus to the technical school. It runs three times a week now.",
        quote_by="Matías, 19",
        quote_role="Youth council member",
        figure=Figure(19),
        figure_label="departments with an elected youth council",
        palette="slate",
        translations={
            ES: Translation(
                slug="consejos-juveniles-en-cada-departamento",
                title="Consejos juveniles en cada departamento",
                summary="Consejos juveniles electos en cada departamento asesoran a los gobiernos locales sobre las políticas que afectan a la juventud y tienen un espacio garantizado en el debate anual del presupuesto.",
                location="Tacuarembó, Uruguay",
            ),
        },
    ),
    # --- Colombia --------------------------------------------------------------------------
    Story(
        country="CO",
        language=ES,
        slug="escuelas-que-ensenan-la-paz",
        title="Escuelas que enseñan la paz",
        summary="En escuelas de zonas afectadas por el conflicto, estudiantes y docentes aprenden a resolver conflictos, a escuchar a las víctimas y a construir memoria en una cátedra de paz que forma parte del currículo.",
        location="Cartagena, Colombia",
        date=datetime.date(2019, 11, 5),
        themes=("right-to-education", "participation-and-civic-space", "rights-of-the-child"),
        sdgs=(4, 16),
        partners=("institute-hre", "undp", "oas"),
        presenter="co-minister",
        intro="En muchos colegios, la guerra era un tema del que no se hablaba, aunque casi todas las familias la habían vivido. La cátedra de paz abrió un espacio para hablar de ella y aprender a convivir.",
        detail="Cada escuela adapta la cátedra a su historia: algunas pintan murales de memoria, otras forman mediadores estudiantiles que ayudan a resolver peleas en el recreo. Los docentes se forman en red y comparten sus materiales.",
        quote="Aprendí a escuchar antes de responder. En mi casa también lo notaron.",
        quote_by="Valentina, 14 años",
        quote_role="Estudiante y mediadora escolar",
        figure=Figure(300),
        figure_label="escuelas de la región con mediadores estudiantiles",
        palette="purple",
        extras=("gallery", "cta"),
        translations={
            EN: Translation(
                slug="schools-that-teach-peace",
                title="Schools that teach peace",
                summary="In schools in areas affected by the conflict, students and teachers learn to resolve conflicts, to listen to victims and to build memory in a peace course that is part of the curriculum.",
                location="Cartagena, Colombia",
                intro="In many schools, the war was something nobody talked about, even though almost every family had lived through it. The peace course opened a space to talk about it and to learn to live together.",
                detail="Each school adapts the course to its own history: some paint memory murals, others train student mediators who help settle fights in the playground. Teachers train as a network and share their materials.",
                quote="I learned to listen before answering. They noticed it at home too.",
                quote_by="Valentina, 14",
                quote_role="Student and school mediator",
                figure_label="schools in the region with student mediators",
            ),
            FR: Translation(
                live=False,
                slug="des-ecoles-qui-enseignent-la-paix",
                title="Des écoles qui enseignent la paix",
                summary="Dans les écoles des zones touchées par le conflit, élèves et enseignants apprennent à résoudre les conflits, à écouter les victimes et à construire la mémoire dans un cours sur la paix intégré au programme.",
                location="Carthagène, Colombie",
            ),
        },
    ),
    Story(
        country="CO",
        language=EN,
        slug="health-brigades-on-the-amazon-rivers",
        title="Health brigades on the Amazon rivers",
        summary="Boat-based health brigades visit riverside indigenous communities every month, with interpreters and traditional midwives in the team, bringing vaccines, check-ups and prenatal care.",
        location="Leticia, Colombia",
        date=datetime.date(2021, 6, 7),
        themes=("right-to-health", "indigenous-peoples"),
        sdgs=(3,),
        partners=("undp", "unicef"),
        presenter="co-presenter",
        intro="For communities along the rivers, the nearest hospital can be two days away by boat. Health brigades now make the journey in the other direction.",
        detail="Each brigade brings a doctor, a nurse, a vaccinator and an interpreter, and works with the community's traditional midwives. Visits are planned with community leaders, and urgent cases are evacuated on the same boat.",
        quote="The midwife and the doctor examined me together. I felt safe for my baby.",
        quote_by="Yuli T.",
        quote_role="Mother, Puerto Nariño",
        figure=Figure(54),
        figure_label="riverside communities visited every month",
        palette="teal",
        consent_expires_on=datetime.date(2025, 1, 31),
        translations={
            ES: Translation(
                slug="brigadas-de-salud-en-los-rios-amazonicos",
                title="Brigadas de salud en los ríos amazónicos",
                summary="Brigadas de salud en barco visitan cada mes a las comunidades indígenas ribereñas, con intérpretes y parteras tradicionales en el equipo, y llevan vacunas, controles y atención prenatal.",
                location="Leticia, Colombia",
            ),
        },
    ),
]

STORY_BY_KEY = {story.key: story for story in STORIES}


def launch_story(country_code):
    """The story a founding member presented at the launch: its first in this list."""
    return next(story for story in STORIES if story.country == country_code)


def story_texts(story, language):
    """The story's own texts in ``language``: a dict of slot to text, empty if untranslated.

    Slots that every language has (headings, notes, alt text) come from the glossary and
    are added by the loader; here are only the texts written for this story.
    """
    if language == story.language:
        return {
            "title": story.title,
            "slug": story.slug,
            "summary": story.summary,
            "location": story.location,
            "intro": story.intro,
            "detail": story.detail,
            "quote": story.quote,
            "quote_by": story.quote_by,
            "quote_role": story.quote_role,
            "figure_label": story.figure_label,
            "update": story.update,
        }
    translation = story.translations.get(language)
    if translation is None:
        return {}
    texts = {
        "title": translation.title,
        "summary": translation.summary,
        "location": translation.location,
        "slug": translation.slug or story.slug,
        # Names are not translated unless the translation spells them differently.
        "quote_by": translation.quote_by or story.quote_by,
    }
    if translation.translates_body:
        texts.update(
            intro=translation.intro,
            detail=translation.detail,
            quote=translation.quote,
            quote_role=translation.quote_role,
            figure_label=translation.figure_label,
        )
    return {slot: text for slot, text in texts.items() if text}
