//! The card maker's page as Yew components: the form, what the host's settings put on the cards,
//! the link with a card at its printed size, and the sheet "Print cards" prints. The root holds
//! the form in a reducer; every change of a field becomes a `CardAction`; what a choice makes
//! is decided in `card` (the parent module), and nothing here calls the browser while
//! rendering, so the same components render natively for the tests.
//!
//! The card maker is the therapist's page, in English; the cards speak the client's language.

use std::rc::Rc;

use web_sys::{Element, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::{
    option_from_value, Card, CardAction, CardForm, ChoiceProblem, Qr, Settings, CARDS_PER_SHEET,
};
use crate::content::Lang;
use crate::engine::answers::{MassageKind, Tension};
use crate::engine::checkins::iso;
use crate::engine::choice::Choice;
use crate::engine::date::CivilDate;
use crate::engine::QuestionId;
use crate::platform;

/// The form is the card maker's whole state; `CardForm::apply` is the reducer.
impl Reducible for CardForm {
    type Action = CardAction;

    fn reduce(self: Rc<Self>, action: CardAction) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

#[derive(Properties, PartialEq)]
pub struct CardMakerProps {
    /// The host's settings, checked (`HostSettings::checked`).
    pub settings: Rc<Settings>,
    /// The device's date: the form's first date and the latest it takes. Without it no card
    /// can be checked against the calendar, so none is made.
    pub today: Option<CivilDate>,
    /// The folder the check is published in (`card::site_folder`), which a card's link opens.
    pub site: AttrValue,
    /// The element outside `<main>` that holds the printed sheet (the print styles show it
    /// alone); `None` renders no sheet, as natively, where there is no page.
    #[prop_or_default]
    pub sheet: Option<Element>,
}

/// The card maker: the form, and what the therapist's choice makes.
#[component]
pub fn CardMaker(props: &CardMakerProps) -> Html {
    let today = props.today;
    let form = use_reducer_eq(move || CardForm::new(today));
    let on_action = use_callback(form.dispatcher(), |action, dispatch| {
        dispatch.dispatch(action)
    });
    // Worked out once per render and handed to the preview and the sheet alike.
    let made = today.map(|today| form.card(today, &props.site));
    let (card, problem) = match made {
        Some(Ok(card)) => (Some(card), None),
        Some(Err(problem)) => (None, Some(problem)),
        None => (None, None),
    };
    let settings = &props.settings;
    let name = settings.name.clone().map(AttrValue::from);
    let booking_host = settings
        .booking
        .as_ref()
        .map(|(_, host)| AttrValue::from(host.clone()));
    // The sheet lives outside `<main>`, which the print styles hide: a portal keeps it in this
    // one component's state while it sits where paper needs it.
    let sheet = match (&props.sheet, &card) {
        (Some(host), Some(card)) => create_portal(
            html! {
                <Sheet lang={card.choice.lang} name={name.clone()} qr={card.qr.clone()} />
            },
            host.clone(),
        ),
        _ => html! {},
    };
    html! {
        <>
            <SettingsSummary name={name.clone()} {booking_host} />
            <ChoiceForm form={(*form).clone()} max={today.map(|day| AttrValue::from(iso(day)))}
                {on_action} />
            <p id="af-card-problem" class="af-card-maker__problem" role="alert">
                { problem.map(problem_text) }
            </p>
            <CardOutput {card} {name} />
            { sheet }
        </>
    }
}

/// What a problem with the choice says, on the therapist's page.
fn problem_text(problem: ChoiceProblem) -> &'static str {
    match problem {
        ChoiceProblem::NoDate => "Choose the day of the massage.",
        ChoiceProblem::Future => "The day of the massage can\u{2019}t be after today.",
        ChoiceProblem::TooLong => "This link is too long for a code on a card.",
    }
}

#[derive(Properties, PartialEq)]
pub struct SettingsSummaryProps {
    /// The spa's name, as the cards print it.
    pub name: Option<AttrValue>,
    /// The domain the booking link goes to, which the cards do not print.
    pub booking_host: Option<AttrValue>,
}

/// What the host's settings put on the cards, said where the therapist sees it; nothing when
/// the settings set nothing.
#[component]
pub fn SettingsSummary(props: &SettingsSummaryProps) -> Html {
    if props.name.is_none() && props.booking_host.is_none() {
        return html! {};
    }
    html! {
        <p id="af-card-settings-summary" class="af-card-maker__settings">
            if let Some(name) = &props.name {
                <>{ "Cards for " }<strong>{ name.clone() }</strong>{ ". " }</>
            }
            if let Some(host) = &props.booking_host {
                <>
                    { "Your booking link goes to " }<strong>{ host.clone() }</strong>
                    { "; it is not printed on the cards, which keep to the check and the \
                       warning signs." }
                </>
            }
        </p>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoiceFormProps {
    /// What the fields show: they are set from it at every render, never left to the page.
    pub form: CardForm,
    /// The latest day the date field offers (today), as its value is written.
    pub max: Option<AttrValue>,
    pub on_action: Callback<CardAction>,
}

/// The form: the day of the massage, its kind, the tension worked on, the client's language.
#[component]
pub fn ChoiceForm(props: &ChoiceFormProps) -> Html {
    let form = &props.form;
    let on_date = use_callback(props.on_action.clone(), |event: InputEvent, on_action| {
        let field: HtmlInputElement = event.target_unchecked_into();
        on_action.emit(CardAction::Date(field.value()));
    });
    let on_massage = use_callback(props.on_action.clone(), |massage, on_action| {
        on_action.emit(CardAction::Massage(massage))
    });
    let on_tension = use_callback(props.on_action.clone(), |tension, on_action| {
        on_action.emit(CardAction::Tension(tension))
    });
    let on_lang = use_callback(props.on_action.clone(), |event: Event, on_action| {
        let field: HtmlSelectElement = event.target_unchecked_into();
        if let Some(lang) = Lang::from_code(&field.value()) {
            on_action.emit(CardAction::Lang(lang));
        }
    });
    html! {
        <div id="af-card-form" class="af-card-form">
            <label for="af-card-date">{ "Day of the massage" }</label>
            <input id="af-card-date" name="date" type="date" required=true max={props.max.clone()}
                value={AttrValue::from(form.date.clone())} oninput={on_date} />
            <label for="af-card-massage">{ "Kind of massage" }</label>
            <ChoiceSelect<MassageKind> id="af-card-massage" name="massage"
                question={QuestionId::Massage} selected={form.massage} on_pick={on_massage} />
            <label for="af-card-tension">{ "How much tension you worked on" }</label>
            <ChoiceSelect<Tension> id="af-card-tension" name="tension"
                question={QuestionId::Tension} selected={form.tension} on_pick={on_tension} />
            <label for="af-card-lang">{ "Your client's language" }</label>
            <select id="af-card-lang" name="lang" onchange={on_lang}>
                { for Lang::ALL.iter().map(|&lang| html! {
                    <option value={lang.code()} selected={lang == form.lang}>
                        { lang.name() }
                    </option>
                }) }
            </select>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoiceSelectProps<T: Choice> {
    pub id: AttrValue,
    pub name: AttrValue,
    /// The check's question whose options these are.
    pub question: QuestionId,
    pub selected: Option<T>,
    pub on_pick: Callback<Option<T>>,
}

/// One of the check's questions as a select: "Not answered" first, then its options in the
/// order the check asks them, labelled in English. An option's value is its position (the
/// engine's option index), read back by `card::option_from_value`.
#[component]
pub fn ChoiceSelect<T: Choice>(props: &ChoiceSelectProps<T>) -> Html {
    let words = Lang::En.words();
    let on_change = use_callback(props.on_pick.clone(), |event: Event, on_pick| {
        let field: HtmlSelectElement = event.target_unchecked_into();
        on_pick.emit(option_from_value::<T>(&field.value()));
    });
    // Yew sets no select's value: each option says whether it is the selected one, and the
    // reducer follows every change, so the page shows what the state holds.
    let selected = props.selected.map(Choice::index);
    html! {
        <select id={props.id.clone()} name={props.name.clone()} onchange={on_change}>
            <option value="" selected={selected.is_none()}>{ words.review.not_answered }</option>
            { for words.question(props.question).options.iter().enumerate().map(|(index, option)| {
                html! {
                    <option value={index.to_string()} selected={selected == Some(index)}>
                        { option.label }
                    </option>
                }
            }) }
        </select>
    }
}

#[derive(Properties, PartialEq)]
pub struct CardOutputProps {
    /// The card the choice makes; `None` while it makes none (nothing stale to copy or print).
    pub card: Option<Card>,
    pub name: Option<AttrValue>,
}

/// The link for the client, the card at its printed size, and "Print cards".
#[component]
pub fn CardOutput(props: &CardOutputProps) -> Html {
    let link = props
        .card
        .as_ref()
        .map(|card| AttrValue::from(card.link.clone()))
        .unwrap_or_default();
    let print = Callback::from(|_: MouseEvent| platform::print());
    html! {
        <section class="af-card-maker__out" aria-labelledby="af-card-out-heading">
            <h2 id="af-card-out-heading">{ "The card" }</h2>
            <label for="af-card-link">{ "Link for your client" }</label>
            <input id="af-card-link" type="text" readonly=true value={link} />
            <div id="af-card-preview" class="af-card-maker__preview">
                if let Some(card) = &props.card {
                    <CardView lang={card.choice.lang} name={props.name.clone()}
                        qr={card.qr.clone()} />
                }
            </div>
            <p class="af-card-maker__print">
                <button id="af-card-print" type="button" class="af-card-maker__button"
                    onclick={print}>
                    { "Print cards" }
                </button>
                <span>
                    { "Eight business cards (85 × 55 mm) to a sheet of A4 or Letter paper, to \
                       cut out." }
                </span>
            </p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct CardViewProps {
    /// The client's language: the card's words.
    pub lang: Lang,
    /// The spa's name, printed as text.
    pub name: Option<AttrValue>,
    pub qr: Rc<Qr>,
}

/// The sheet of cards "Print cards" prints.
#[component]
pub fn Sheet(props: &CardViewProps) -> Html {
    html! {
        { for (0..CARDS_PER_SHEET).map(|_| html! {
            <CardView lang={props.lang} name={props.name.clone()} qr={props.qr.clone()} />
        }) }
    }
}

/// One printed card: the code, the spa's name, what the check is for, and the warning signs
/// with what to do, so the card is of use even if it is never scanned.
#[component]
pub fn CardView(props: &CardViewProps) -> Html {
    let lang = props.lang;
    let words = lang.words();
    html! {
        <article lang={lang.code()} class="af-card">
            <div class="af-card__front">
                <QrCode qr={props.qr.clone()} />
                <div class="af-card__text">
                    if let Some(name) = &props.name {
                        <p class="af-card__spa">{ name.clone() }</p>
                    }
                    <p class="af-card__heading">{ words.start.heading }</p>
                    <p class="af-card__line">{ lang.card().line }</p>
                </div>
            </div>
            <div class="af-card__watch">
                <p>{ words.safety.watch_lead }</p>
                <ul>
                    { for words.safety.watch_list().map(|watch| html! {
                        <li>
                            <strong>{ watch.sign }</strong>
                            { words.language.colon }{ watch.action }
                        </li>
                    }) }
                </ul>
            </div>
        </article>
    }
}

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    pub qr: Rc<Qr>,
}

/// A QR code: its dark modules as one path on a white square that includes the quiet zone,
/// one unit a module, sized by its class (the styles give it its millimetres). Decorative:
/// the link is written out beside it. Crisp edges, so no module blurs into its neighbour.
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let side = props.qr.side().to_string();
    html! {
        <svg class="af-card__qr" viewBox={format!("0 0 {side} {side}")} aria-hidden="true"
            focusable="false" shape-rendering="crispEdges">
            <rect width={side.clone()} height={side} fill="#fff" />
            <path fill="#000" d={AttrValue::from(props.qr.path.clone())} />
        </svg>
    }
}
