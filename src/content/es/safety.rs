//! Where to go and how soon, in Spanish: `en/safety.rs` said as a Spanish-speaking clinician
//! would say it, nothing added and nothing left out. docs/SAFETY.md lists each sentence beside
//! its English one, and tests/safety.rs holds the two to each other.

use crate::content::words::{Safety, UrgencyText, Watch};

const TELL: [&str; 3] = [
    "Que recibió un masaje, cuándo fue y de qué tipo.",
    "Lo que notó, tal como aparece en \u{ab}Por qué se lo decimos\u{bb}, y cuándo empezó.",
    "Lo que haya tomado para aliviarlo, como analgésicos.",
];

const CONTACT: &str = "Póngase en contacto con un profesional de la salud";

/// What to do for a sign that needs care the same day (`watch`, every sign but sharp pain).
const TODAY: &str = "Póngase en contacto hoy mismo con un profesional de la salud.";

pub const SAFETY: Safety = Safety {
    expected: UrgencyText {
        title: "Dolor esperable: cuídese en casa",
        summary: "Lo que describe encaja con el dolor habitual después de un masaje, y no tiene ninguna de las señales de alarma. Un dolor así es normal, y en general es una señal de que su cuerpo está reparando el músculo. El plan de abajo puede ayudar a aliviarlo.",
    },
    strong: UrgencyText {
        title: "Dolor fuerte, sin señales de alarma: cuídese en casa",
        summary: "Puntuó su dolor como intenso. No tiene ninguna de las señales de alarma, así que empiece por el plan de abajo. Se pueden usar analgésicos para un malestar intenso, pero solo después de preguntar a un profesional de la salud: el último paso del plan da más detalles.",
    },
    not_improving_four_days: UrgencyText {
        title: CONTACT,
        summary: "Su dolor dura ya cuatro días o más sin mejorar. Cuando el dolor dura tres o cuatro días sin ninguna señal de mejora, se suele aconsejar ponerse en contacto con un médico, una enfermera u otro profesional de la salud. Hábleles de su masaje.",
    },
    not_improving_three_days: UrgencyText {
        title: CONTACT,
        summary: "Su dolor dura ya unos tres días sin mejorar. Cuando el dolor dura tres o cuatro días sin ninguna señal de mejora, se suele aconsejar ponerse en contacto con un médico, una enfermera u otro profesional de la salud. Hábleles de su masaje.",
    },
    warning_sign: UrgencyText {
        title: "Póngase en contacto hoy mismo con un profesional de la salud",
        summary: "Marcó una señal que no forma parte del dolor habitual después de un masaje. Póngase en contacto hoy mismo con un médico, una enfermera u otro profesional de la salud, y hábleles de su masaje.",
    },
    urgent: UrgencyText {
        title: "Busque atención médica ahora",
        summary: "Un dolor intenso, agudo o fulgurante en un solo punto, que no parece un dolor muscular, tiene que verlo un profesional médico de inmediato. No espere a ver si se pasa.",
    },
    plan_skipped: "El alivio en casa es para el dolor habitual. Con una señal de alarma, siga primero los consejos del principio de esta página.",
    pain_relievers_taken: "Nos dijo que ha tomado analgésicos. Son solo para un malestar intenso, y solo después de preguntar a un profesional de la salud. Si todavía no ha consultado a uno, hágalo antes de tomar más.",
    watch_lead: "Cualquiera de estas señales significa que no es el dolor habitual. Si aparece alguna, aunque sea más tarde, haga lo que se indica:",
    watch: [
        Watch { sign: "Dolor intenso, agudo o fulgurante en un solo punto que no parece un dolor muscular", action: "Busque atención médica de inmediato." },
        Watch { sign: "Entumecimiento, hormigueo o debilidad nuevos, por ejemplo que bajan por un brazo o una pierna", action: TODAY },
        Watch { sign: "Un moretón que se extiende rápido", action: TODAY },
        Watch { sign: "Fiebre", action: TODAY },
    ],
    watch_slow: Watch { sign: "Un dolor que dura tres o cuatro días sin ninguna señal de mejora", action: "Póngase en contacto con un profesional de la salud." },
    timeline_check: "\u{bf}No mejora después del día 3 o 4? Póngase en contacto con un profesional de la salud",
    timeline_alt_check: "Si no ha mejorado nada después de tres o cuatro días, póngase en contacto con un profesional de la salud.",
    disclaimer: "Aftercare ofrece una orientación general basada en patrones comunes de dolor después de un masaje. No es un diagnóstico y no sustituye el consejo de un profesional de la salud. Si algo le preocupa, o sus síntomas cambian, póngase en contacto con uno.",
    if_worried: "Es una orientación, no un diagnóstico. Si algo le preocupa, póngase en contacto con un profesional de la salud.",
    warning_notice_heading: "Esto necesita algo más que cuidados en casa",
    warning_notice: "Lo que marcó no forma parte del dolor habitual después de un masaje. Le llevaremos directamente a lo que debe hacer.",
    next_heading: "Qué hacer ahora",
    until_seen_heading: "Hasta que le atiendan",
    tell_heading: "Qué decirles",
    tell: TELL,
    until_seen_care: "El médico o la enfermera le dirá qué hacer hasta entonces. Los pasos de alivio en casa de este cuestionario son para el dolor habitual, así que no aparecen aquí.",
    go_urgent: [
        "Busque ayuda médica ahora: vaya directamente a las urgencias de un hospital o a otro servicio de urgencias.",
        "Si no puede llegar allí por su cuenta de forma segura, llame al número de emergencias de su zona.",
    ],
    go_warning_sign: [
        "Póngase en contacto hoy mismo con su médico o con una clínica, por teléfono o en persona.",
        "Si empeora rápido, busque ayuda médica ahora en las urgencias de un hospital o en otro servicio de urgencias.",
    ],
    go_not_improving: [
        "Póngase en contacto con su médico o con una clínica en los próximos uno o dos días.",
        "Si aparece alguna de las señales de alarma de la lista de abajo, actúe como indica la lista.",
    ],
    until_seen_not_improving: "Mientras espera, el plan de alivio de abajo aún puede calmar el dolor.",
    print_for_clinician: "Imprimir o guardar para su médico",
};

/// Over the warning signs on the page that shows when the app cannot run (`Fallback`).
pub const FALLBACK_SIGNS_HEADING: &str =
    "Diga lo que diga el cuestionario, ante estas señales busque atención médica";
