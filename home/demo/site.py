# ruff: noqa: E501  (prose and translations read best one sentence per line)
"""Texts of the site's fixed pages: home, the two section indexes and the text pages.

Each text maps language to text. A language missing from a page's texts is left in the
source language when the page is translated, which the completeness report shows.
"""

from dataclasses import dataclass, field

from home.demo.data import AR, EN, ES, FR, RU, ZH


@dataclass(frozen=True)
class SitePage:
    """One fixed page: its texts, and for each other language whether it is live or a draft."""

    slug: dict
    title: dict
    introduction: dict
    body: list = field(default_factory=list)
    translations: dict = field(default_factory=dict)


ALL_LIVE = {FR: True, ES: True, AR: True, RU: True, ZH: True}

HOME = SitePage(
    slug={
        EN: "home",
        FR: "accueil",
        ES: "inicio",
        AR: "home-ar",
        RU: "home-ru",
        ZH: "home-zh-hans",
    },
    title={
        EN: "Good Human Rights Stories",
        FR: "Bonnes histoires des droits de l'homme",
        ES: "Buenas historias de derechos humanos",
        AR: "قصص ناجحة في مجال حقوق الإنسان",
        RU: "Хорошие истории о правах человека",
        ZH: "人权好故事",
    },
    introduction={
        EN: "Countries from every region share what has worked for human rights at home, so that others can learn from it and do the same. The initiative was launched in New York on 27 September 2018.",
        FR: "Des pays de toutes les régions partagent ce qui a fonctionné chez eux en matière de droits de l'homme, pour que d'autres puissent s'en inspirer. L'initiative a été lancée à New York le 27 septembre 2018.",
        ES: "Países de todas las regiones comparten lo que ha funcionado en materia de derechos humanos en su territorio, para que otros puedan aprender de ello y hacer lo mismo. La iniciativa se lanzó en Nueva York el 27 de septiembre de 2018.",
        AR: "تتبادل بلدان من جميع المناطق ما نجح لديها في مجال حقوق الإنسان، لكي يتعلم منه الآخرون ويحذوا حذوها. وقد أُطلقت المبادرة في نيويورك في 27 أيلول/سبتمبر 2018.",
        RU: "Страны из всех регионов делятся тем, что помогло им продвинуть права человека, чтобы другие могли перенять этот опыт. Инициатива была начата в Нью-Йорке 27 сентября 2018 года.",
        ZH: "来自各个区域的国家分享本国在人权方面行之有效的做法，供其他国家借鉴。该倡议于2018年9月27日在纽约发起。",
    },
    translations=ALL_LIVE,
)

STORY_INDEX = SitePage(
    slug={EN: "stories", FR: "histoires", ES: "historias"},
    title={EN: "Stories", FR: "Histoires", ES: "Historias", AR: "قصص", RU: "Истории", ZH: "故事"},
    introduction={
        EN: "Good human rights stories told by the member states of the initiative, in their own words.",
        FR: "Les bonnes histoires des droits de l'homme racontées par les États membres de l'initiative, avec leurs propres mots.",
        ES: "Buenas historias de derechos humanos contadas por los Estados miembros de la iniciativa, con sus propias palabras.",
        AR: "قصص ناجحة في مجال حقوق الإنسان ترويها الدول الأعضاء في المبادرة بكلماتها الخاصة.",
        RU: "Хорошие истории о правах человека, рассказанные государствами — участниками инициативы своими словами.",
        ZH: "由倡议成员国用自己的话讲述的人权好故事。",
    },
    translations=ALL_LIVE,
)

MEETING_INDEX = SitePage(
    slug={EN: "meetings", FR: "reunions", ES: "reuniones"},
    title={
        EN: "Meetings",
        FR: "Réunions",
        ES: "Reuniones",
        AR: "الاجتماعات",
        RU: "Встречи",
        ZH: "会议",
    },
    introduction={
        EN: "Launch events and ministerial meetings of the initiative in New York and Geneva, with their programmes.",
        FR: "Événements de lancement et réunions ministérielles de l'initiative à New York et à Genève, avec leurs programmes.",
        ES: "Eventos de lanzamiento y reuniones ministeriales de la iniciativa en Nueva York y Ginebra, con sus programas.",
        AR: "فعاليات الإطلاق والاجتماعات الوزارية للمبادرة في نيويورك وجنيف، مع برامجها.",
        RU: "Мероприятия по случаю начала работы инициативы и встречи министров в Нью-Йорке и Женеве с их программами.",
        ZH: "倡议在纽约和日内瓦举行的启动活动和部长级会议及其议程。",
    },
    translations=ALL_LIVE,
)

ABOUT = SitePage(
    slug={EN: "about", FR: "a-propos", ES: "acerca-de"},
    title={
        EN: "About the initiative",
        FR: "À propos de l'initiative",
        ES: "Acerca de la iniciativa",
        AR: "عن المبادرة",
    },
    introduction={
        EN: "An informal, cross-regional coalition of countries that promotes a positive narrative on human rights.",
        FR: "Une coalition informelle et interrégionale de pays qui promeut un discours positif sur les droits de l'homme.",
        ES: "Una coalición informal e interregional de países que promueve un relato positivo sobre los derechos humanos.",
        AR: "تحالف غير رسمي يضم بلدانًا من مناطق مختلفة ويروّج لخطاب إيجابي حول حقوق الإنسان.",
    },
    body=[
        (
            "heading",
            {
                EN: "Why good stories",
                FR: "Pourquoi de bonnes histoires",
                ES: "Por qué buenas historias",
            },
        ),
        (
            "paragraph",
            {
                EN: "Human rights are often discussed through their violations. The initiative starts from the other end: it identifies, shares and celebrates policies that worked, so that they can inspire others. Its members do not present themselves as perfect examples; they commit to keep improving.",
                FR: "On parle souvent des droits de l'homme à travers leurs violations. L'initiative part de l'autre bout : elle repère, partage et célèbre les politiques qui ont fonctionné, pour qu'elles en inspirent d'autres. Ses membres ne se présentent pas comme des exemples parfaits ; ils s'engagent à continuer de progresser.",
                ES: "A menudo se habla de los derechos humanos a partir de sus violaciones. La iniciativa parte del extremo opuesto: identifica, comparte y celebra las políticas que funcionaron, para que inspiren a otros. Sus miembros no se presentan como ejemplos perfectos; se comprometen a seguir mejorando.",
            },
        ),
        ("heading", {EN: "How it works", FR: "Comment elle fonctionne", ES: "Cómo funciona"}),
        (
            "paragraph",
            {
                EN: "Members meet in Geneva and New York, at ministerial level where possible, together with civil society, academia, business and national human rights institutions. Each meeting focuses on one topic and on the partnerships that help good practice travel. The initiative creates no new institutions.",
                FR: "Les membres se réunissent à Genève et à New York, si possible au niveau ministériel, avec la société civile, le monde universitaire, les entreprises et les institutions nationales des droits de l'homme. Chaque réunion porte sur un thème et sur les partenariats qui aident les bonnes pratiques à circuler. L'initiative ne crée aucune nouvelle institution.",
                ES: "Los miembros se reúnen en Ginebra y Nueva York, a nivel ministerial cuando es posible, junto con la sociedad civil, el mundo académico, las empresas y las instituciones nacionales de derechos humanos. Cada reunión se centra en un tema y en las alianzas que ayudan a que las buenas prácticas se difundan. La iniciativa no crea nuevas instituciones.",
            },
        ),
        (
            "call_to_action",
            {
                EN: (
                    "Read the joint declaration the founding members signed at the launch.",
                    "Read the declaration",
                ),
                FR: (
                    "Lisez la déclaration commune signée par les membres fondateurs lors du lancement.",
                    "Lire la déclaration",
                ),
                ES: (
                    "Lea la declaración conjunta que firmaron los miembros fundadores en el lanzamiento.",
                    "Leer la declaración",
                ),
            },
        ),
    ],
    translations={FR: True, ES: True, AR: False},
)

MEMBERSHIP = SitePage(
    slug={EN: "membership-criteria", FR: "criteres-d-adhesion"},
    title={EN: "Membership criteria", FR: "Critères d'adhésion"},
    introduction={
        EN: "The initiative is open to new members. These are the commitments a country makes when it joins.",
        FR: "L'initiative est ouverte à de nouveaux membres. Voici les engagements qu'un pays prend lorsqu'il la rejoint.",
    },
    body=[
        (
            "html",
            {
                EN: "<p>A country that joins the initiative:</p><ul><li>endorses the joint declaration;</li><li>presents at least one good human rights story of its own, prepared with the people it concerns;</li><li>takes part in the meetings in Geneva and New York;</li><li>names a contact at its mission to the United Nations for the coordinating contact group.</li></ul><p>Requests to join are sent to the secretariat, and the members decide together.</p>",
            },
        ),
    ],
    translations={FR: False},
)
