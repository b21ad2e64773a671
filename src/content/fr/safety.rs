//! Where to go and how soon, in French: `en/safety.rs` said as a French-speaking clinician
//! would say it, nothing added and nothing left out. docs/SAFETY.md lists each sentence beside
//! its English one, and tests/safety.rs holds the two to each other.

use crate::content::words::{Safety, UrgencyText, Watch};

const TELL: [&str; 3] = [
    "Que vous avez reçu un massage, quand et de quel type.",
    "Ce que vous avez remarqué, comme indiqué sous \u{ab}\u{a0}Pourquoi nous disons cela\u{a0}\u{bb}, et quand cela a commencé.",
    "Tout ce que vous avez pris pour cela, par exemple des antidouleurs.",
];

const CONTACT: &str = "Contactez un médecin ou un autre professionnel de santé";

/// What to do for a sign that needs care the same day (`watch`, every sign but sharp pain).
const TODAY: &str = "Contactez un médecin aujourd\u{2019}hui.";

pub const SAFETY: Safety = Safety {
    expected: UrgencyText {
        title: "Courbatures normales\u{a0}: prenez soin de vous à la maison",
        summary: "Ce que vous décrivez correspond aux courbatures habituelles après un massage, et aucun des signes d\u{2019}alerte ne vous concerne. Des courbatures comme celles-ci sont normales, et sont en général le signe que votre corps répare le muscle. Le plan ci-dessous peut aider à les soulager.",
    },
    strong: UrgencyText {
        title: "Courbatures fortes, sans signe d\u{2019}alerte\u{a0}: soignez-les à la maison",
        summary: "Vous avez indiqué des courbatures fortes. Aucun des signes d\u{2019}alerte ne vous concerne\u{a0}: commencez donc par le plan ci-dessous. Des antidouleurs peuvent être pris en cas de forte gêne, mais seulement après avoir demandé l\u{2019}avis d\u{2019}un médecin ou d\u{2019}un autre professionnel de santé\u{a0}: la dernière étape du plan en dit plus.",
    },
    not_improving_four_days: UrgencyText {
        title: CONTACT,
        summary: "Vos courbatures durent depuis quatre jours ou plus sans aller mieux. Quand des courbatures durent trois ou quatre jours sans aucun signe d\u{2019}amélioration, le conseil habituel est de contacter un médecin, une infirmière ou un autre professionnel de santé. Parlez-lui de votre massage.",
    },
    not_improving_three_days: UrgencyText {
        title: CONTACT,
        summary: "Vos courbatures durent depuis environ trois jours sans aller mieux. Quand des courbatures durent trois ou quatre jours sans aucun signe d\u{2019}amélioration, le conseil habituel est de contacter un médecin, une infirmière ou un autre professionnel de santé. Parlez-lui de votre massage.",
    },
    warning_sign: UrgencyText {
        title: "Contactez aujourd\u{2019}hui un médecin ou un autre professionnel de santé",
        summary: "Vous avez coché un signe qui ne fait pas partie des courbatures habituelles après un massage. Contactez aujourd\u{2019}hui un médecin, une infirmière ou un autre professionnel de santé, et parlez-lui de votre massage.",
    },
    urgent: UrgencyText {
        title: "Consultez un médecin maintenant",
        summary: "Une douleur forte, vive ou fulgurante à un seul endroit, qui ne ressemble pas à des courbatures, doit être examinée tout de suite par un médecin. N\u{2019}attendez pas de voir si elle passe.",
    },
    plan_skipped: "Les soins à la maison sont faits pour les courbatures habituelles. Avec un signe d\u{2019}alerte, suivez d\u{2019}abord les conseils en haut de cette page.",
    pain_relievers_taken: "Vous nous avez dit avoir pris des antidouleurs. Ils sont réservés à une forte gêne, et seulement après avoir demandé l\u{2019}avis d\u{2019}un médecin ou d\u{2019}un autre professionnel de santé. Si vous ne l\u{2019}avez pas encore fait, demandez-le avant d\u{2019}en reprendre.",
    watch_lead: "Chacun de ces signes veut dire que ce ne sont pas des courbatures habituelles. Si l\u{2019}un d\u{2019}eux apparaît, même plus tard, faites ce qui est indiqué\u{a0}:",
    watch: [
        Watch { sign: "Douleur forte, vive ou fulgurante à un seul endroit, qui ne ressemble pas à des courbatures", action: "Consultez un médecin tout de suite." },
        Watch { sign: "Engourdissement, fourmillements ou faiblesse nouveaux, par exemple qui descendent le long d\u{2019}un bras ou d\u{2019}une jambe", action: TODAY },
        Watch { sign: "Un bleu qui s\u{2019}étend vite", action: TODAY },
        Watch { sign: "De la fièvre", action: TODAY },
    ],
    watch_slow: Watch { sign: "Des courbatures qui durent trois ou quatre jours sans aucun signe d\u{2019}amélioration", action: "Contactez un médecin ou un autre professionnel de santé." },
    timeline_check: "Pas mieux après le jour 3 ou 4\u{a0}? Contactez un médecin ou un autre professionnel de santé",
    timeline_alt_check: "Si cela ne s\u{2019}est pas du tout amélioré après trois ou quatre jours, contactez un médecin ou un autre professionnel de santé.",
    disclaimer: "Aftercare donne des conseils généraux, fondés sur l\u{2019}évolution habituelle des courbatures après un massage. Ce n\u{2019}est pas un diagnostic et cela ne remplace pas l\u{2019}avis d\u{2019}un médecin ou d\u{2019}un autre professionnel de santé. Si quelque chose vous inquiète, ou si vos symptômes changent, contactez-en un.",
    if_worried: "Ce sont des conseils, pas un diagnostic. Si quelque chose vous inquiète, contactez un médecin ou un autre professionnel de santé.",
    warning_notice_heading: "Cela demande plus que des soins à la maison",
    warning_notice: "Ce que vous avez coché ne fait pas partie des courbatures habituelles après un massage. Nous vous emmenons directement à ce qu\u{2019}il faut faire.",
    next_heading: "Que faire maintenant",
    until_seen_heading: "En attendant la consultation",
    tell_heading: "Ce qu\u{2019}il faut leur dire",
    tell: TELL,
    until_seen_care: "Le médecin ou l\u{2019}infirmière vous dira ce qu\u{2019}il faut faire d\u{2019}ici là. Les soins à la maison de ce questionnaire sont faits pour les courbatures habituelles\u{a0}: ils ne sont donc pas affichés ici.",
    go_urgent: [
        "Faites-vous examiner maintenant\u{a0}: allez directement aux urgences ou chez un médecin de garde.",
        "Si vous ne pouvez pas vous y rendre sans danger par vos propres moyens, appelez le numéro d\u{2019}urgence de votre pays.",
    ],
    go_warning_sign: [
        "Contactez votre médecin ou un cabinet médical aujourd\u{2019}hui, par téléphone ou en personne.",
        "Si cela s\u{2019}aggrave vite, faites-vous examiner maintenant, aux urgences ou chez un médecin de garde.",
    ],
    go_not_improving: [
        "Contactez votre médecin ou un cabinet médical d\u{2019}ici un ou deux jours.",
        "Si l\u{2019}un des signes d\u{2019}alerte de la liste ci-dessous apparaît, faites ce qu\u{2019}elle indique.",
    ],
    until_seen_not_improving: "Le plan de soulagement ci-dessous peut quand même soulager vos courbatures en attendant.",
    print_for_clinician: "Imprimer ou enregistrer pour votre médecin",
};

/// Over the warning signs on the page that shows when the app cannot run (`Fallback`).
pub const FALLBACK_SIGNS_HEADING: &str =
    "Quel que soit le résultat du questionnaire, consultez pour ces signes";
