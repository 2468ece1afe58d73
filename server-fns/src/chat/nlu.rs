//! Understanding a customer's message: which intent, with which entities, and which
//! knowledge-base article answers it.
//!
//! Everything a language needs is data under `server-fns/data/chat/<language>/` (training
//! examples, held-out evaluation set, articles, entity words, the assistant's sentences);
//! the build embeds every language folder it finds. The intent classifier is a multinomial
//! logistic regression over hashed character n-grams (2 to 5 characters inside word
//! boundaries) and word uni- and bigrams of the folded text, trained on all languages'
//! examples together at start-up: n-grams make it robust to typos, accents and Arabic
//! prefixes and suffixes, one model for all languages keeps a French word in an Arabic message
//! meaningful, and predicting costs microseconds. Its probability decides between answering,
//! asking to rephrase and saying "I can't help with that" ([`Decision`]).

use crate::server::text::fold;
use std::collections::HashMap;

include!(concat!(env!("OUT_DIR"), "/chat_data.rs"));

/// The intent of messages the assistant does not serve.
pub const NONE: &str = "none";
/// At or above this probability the assistant acts on the intent.
pub const ANSWER_THRESHOLD: f32 = 0.35;
/// Between this and [`ANSWER_THRESHOLD`] it asks to rephrase, suggesting the likeliest
/// intents; below, it does not know.
pub const REPHRASE_THRESHOLD: f32 = 0.2;

/// What the assistant makes of a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Decision {
    /// Confident enough to act on the intent.
    Answer(String),
    /// Unsure: the likeliest intents, to offer as choices.
    Rephrase(Vec<String>),
    /// Out of scope, or no idea.
    DontKnow,
}

/// One language's data files.
pub struct LanguageData {
    pub tag: &'static str,
    pub train: Vec<(String, String)>,
    pub eval: Vec<(String, String)>,
    pub articles: Vec<Article>,
    /// Folded word (or phrase) → canonical word.
    pub entity_words: Vec<(String, String)>,
    pub replies: &'static str,
}

/// A knowledge-base article.
#[derive(Clone, Debug)]
pub struct Article {
    pub id: String,
    pub lang: &'static str,
    pub intent: String,
    /// ISO 3166 alpha-2 codes; empty for every country.
    pub countries: Vec<String>,
    pub title: String,
    pub body: String,
}

/// `[intent]` sections of one example per line; `#` comments.
pub fn parse_examples(text: &str) -> Vec<(String, String)> {
    let mut intent = String::new();
    let mut out = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            intent = name.trim().to_owned();
        } else if !intent.is_empty() {
            out.push((intent.clone(), line.to_owned()));
        }
    }
    out
}

/// `[id]`, `key: value` lines, then the body up to the next `[`.
pub fn parse_articles(lang: &'static str, text: &str) -> Vec<Article> {
    let mut out: Vec<Article> = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('#') && out.last().is_none_or(|a| a.body.is_empty()) {
            continue;
        }
        if let Some(id) = trimmed.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            out.push(Article {
                id: id.to_owned(),
                lang,
                intent: String::new(),
                countries: Vec::new(),
                title: String::new(),
                body: String::new(),
            });
            continue;
        }
        let Some(article) = out.last_mut() else {
            continue;
        };
        let header = |key: &str| {
            trimmed
                .strip_prefix(key)
                .map(str::trim)
                .filter(|_| article.body.is_empty())
        };
        if let Some(intent) = header("intent:") {
            article.intent = intent.to_owned();
        } else if let Some(countries) = header("countries:") {
            article.countries = countries
                .split_whitespace()
                .filter(|c| *c != "*")
                .map(str::to_owned)
                .collect();
        } else if let Some(title) = header("title:") {
            article.title = title.to_owned();
        } else if !trimmed.is_empty() {
            if !article.body.is_empty() {
                article.body.push('\n');
            }
            article.body.push_str(trimmed);
        }
    }
    out
}

/// Every language folder the build embedded.
pub fn languages() -> Vec<LanguageData> {
    let mut tags: Vec<&'static str> = CHAT_FILES.iter().map(|(tag, _, _)| *tag).collect();
    tags.dedup();
    tags.into_iter()
        .map(|tag| {
            let file = |name: &str| {
                CHAT_FILES
                    .iter()
                    .find(|(t, f, _)| *t == tag && *f == name)
                    .map_or("", |(_, _, text)| *text)
            };
            let entity_words = file("entities.txt")
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .filter_map(|l| l.split_once('='))
                .map(|(word, canonical)| (fold(word), fold(canonical)))
                .filter(|(w, c)| !w.is_empty() && !c.is_empty())
                .collect();
            LanguageData {
                tag,
                train: parse_examples(file("train.txt")),
                eval: parse_examples(file("eval.txt")),
                articles: parse_articles(tag, file("kb.txt")),
                entity_words,
                replies: file("replies.ftl"),
            }
        })
        .collect()
}

fn hash(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.bytes().chain([0xff]) {
            h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    h
}

/// The hashed features of a text, with their weights (log term frequency, L2-normalised).
fn features(text: &str) -> Vec<(u64, f32)> {
    let folded = fold(text);
    let mut counts: HashMap<u64, f32> = HashMap::new();
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    for (i, word) in words.iter().enumerate() {
        *counts.entry(hash(&["w", word])).or_default() += 1.0;
        if let Some(next) = words.get(i + 1) {
            *counts.entry(hash(&["b", word, next])).or_default() += 1.0;
        }
        let padded: Vec<char> = std::iter::once(' ')
            .chain(word.chars())
            .chain(std::iter::once(' '))
            .collect();
        for n in 2..=5 {
            for gram in padded.windows(n) {
                let gram: String = gram.iter().collect();
                *counts.entry(hash(&["c", &gram])).or_default() += 1.0;
            }
        }
    }
    let mut out: Vec<(u64, f32)> = counts.into_iter().map(|(k, c)| (k, 1.0 + c.ln())).collect();
    let norm = out
        .iter()
        .map(|(_, v)| v * v)
        .sum::<f32>()
        .sqrt()
        .max(f32::EPSILON);
    for (_, v) in &mut out {
        *v /= norm;
    }
    out.sort_unstable_by_key(|(k, _)| *k);
    out
}

/// The intent classifier.
pub struct Classifier {
    pub intents: Vec<String>,
    index: HashMap<u64, u32>,
    /// `index.len() × intents.len()`, row-major by feature.
    weights: Vec<f32>,
    bias: Vec<f32>,
}

impl Classifier {
    /// Trains on `(intent, text)` examples: softmax regression by stochastic gradient descent
    /// with L2 regularisation, in a fixed order (the same model on every start).
    pub fn train(examples: &[(String, String)]) -> Classifier {
        let mut intents: Vec<String> = examples.iter().map(|(i, _)| i.clone()).collect();
        intents.sort();
        intents.dedup();
        let k = intents.len();
        let mut index: HashMap<u64, u32> = HashMap::new();
        let data: Vec<(usize, Vec<(u32, f32)>)> = examples
            .iter()
            .map(|(intent, text)| {
                let class = intents.binary_search(intent).unwrap_or(0);
                let f = features(text)
                    .into_iter()
                    .map(|(h, v)| {
                        let next = index.len() as u32;
                        (*index.entry(h).or_insert(next), v)
                    })
                    .collect();
                (class, f)
            })
            .collect();
        let mut weights = vec![0f32; index.len() * k];
        let mut bias = vec![0f32; k];
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        const EPOCHS: usize = 80;
        const L2: f32 = 1e-6;
        let mut probs = vec![0f32; k];
        for epoch in 0..EPOCHS {
            // Fisher–Yates with a fixed-seed xorshift: deterministic training.
            for i in (1..order.len()).rev() {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                order.swap(i, (seed % (i as u64 + 1)) as usize);
            }
            let rate = 0.5 / (1.0 + epoch as f32 * 0.1);
            for &i in &order {
                let (class, f) = &data[i];
                scores(&weights, &bias, k, f, &mut probs);
                softmax(&mut probs);
                for c in 0..k {
                    let gradient = probs[c] - if c == *class { 1.0 } else { 0.0 };
                    bias[c] -= rate * gradient;
                    for &(j, v) in f {
                        let w = &mut weights[j as usize * k + c];
                        *w -= rate * (gradient * v + L2 * *w);
                    }
                }
            }
        }
        Classifier {
            intents,
            index,
            weights,
            bias,
        }
    }

    /// Every intent with its probability, likeliest first.
    pub fn predict(&self, text: &str) -> Vec<(&str, f32)> {
        let k = self.intents.len();
        let f: Vec<(u32, f32)> = features(text)
            .into_iter()
            .filter_map(|(h, v)| self.index.get(&h).map(|&j| (j, v)))
            .collect();
        let mut probs = vec![0f32; k];
        scores(&self.weights, &self.bias, k, &f, &mut probs);
        softmax(&mut probs);
        let mut out: Vec<(&str, f32)> =
            self.intents.iter().map(String::as_str).zip(probs).collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1));
        out
    }

    /// What the assistant does with `text`.
    pub fn decide(&self, text: &str) -> (Decision, f32) {
        let ranked = self.predict(text);
        let Some(&(top, p)) = ranked.first() else {
            return (Decision::DontKnow, 0.0);
        };
        let decision = if top == NONE || p < REPHRASE_THRESHOLD {
            Decision::DontKnow
        } else if p >= ANSWER_THRESHOLD {
            Decision::Answer(top.to_owned())
        } else {
            let likely = ranked
                .iter()
                .filter(|(i, q)| *i != NONE && *q >= REPHRASE_THRESHOLD / 2.0)
                .take(3)
                .map(|(i, _)| (*i).to_owned())
                .collect();
            Decision::Rephrase(likely)
        };
        (decision, p)
    }
}

fn scores(weights: &[f32], bias: &[f32], k: usize, f: &[(u32, f32)], out: &mut [f32]) {
    out.copy_from_slice(bias);
    for &(j, v) in f {
        let row = &weights[j as usize * k..(j as usize + 1) * k];
        for (o, w) in out.iter_mut().zip(row) {
            *o += w * v;
        }
    }
}

fn softmax(values: &mut [f32]) {
    let max = values.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for v in values.iter_mut() {
        *v = (*v - max).exp();
        sum += *v;
    }
    for v in values.iter_mut() {
        *v /= sum;
    }
}

/// The figures of a held-out evaluation set.
#[derive(Debug, Default)]
pub struct Evaluation {
    pub lang: String,
    pub total: usize,
    /// Share of messages whose decision is right: the intent for in-scope messages (asking to
    /// rephrase counts as wrong), "I can't help" for out-of-scope ones.
    pub accuracy: f64,
    /// Of the out-of-scope messages, the share answered "I can't help with that".
    pub dont_know_rate: f64,
    /// Of the in-scope messages, the share wrongly answered "I can't help with that".
    pub false_dont_know_rate: f64,
    /// Of the in-scope messages, the share where the assistant asked to rephrase.
    pub rephrase_rate: f64,
    /// (intent, precision, recall, support).
    pub per_intent: Vec<(String, f64, f64, usize)>,
}

impl Classifier {
    /// Scores the decisions on `(intent, text)` held-out examples of one language.
    pub fn evaluate(&self, lang: &str, set: &[(String, String)]) -> Evaluation {
        let mut correct = 0;
        let (mut none_total, mut none_right, mut in_total, mut in_dont_know, mut rephrased) =
            (0, 0, 0, 0, 0);
        let mut predicted: HashMap<&str, usize> = HashMap::new();
        let mut gold: HashMap<&str, usize> = HashMap::new();
        let mut hits: HashMap<&str, usize> = HashMap::new();
        for (intent, text) in set {
            let (decision, _) = self.decide(text);
            let rephrase = matches!(decision, Decision::Rephrase(_));
            let label: &str = match &decision {
                Decision::Answer(i) => self
                    .intents
                    .iter()
                    .find(|x| *x == i)
                    .map_or(NONE, String::as_str),
                Decision::Rephrase(_) => "(rephrase)",
                Decision::DontKnow => NONE,
            };
            *gold.entry(intent).or_default() += 1;
            *predicted.entry(label).or_default() += 1;
            if label == intent {
                correct += 1;
                *hits.entry(intent).or_default() += 1;
            }
            if intent == NONE {
                none_total += 1;
                none_right += usize::from(label == NONE);
            } else {
                in_total += 1;
                in_dont_know += usize::from(label == NONE);
                rephrased += usize::from(rephrase);
            }
        }
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let mut per_intent: Vec<(String, f64, f64, usize)> = gold
            .iter()
            .map(|(intent, &support)| {
                let hit = hits.get(intent).copied().unwrap_or(0);
                let precision = ratio(hit, predicted.get(intent).copied().unwrap_or(0));
                (
                    (*intent).to_owned(),
                    precision,
                    ratio(hit, support),
                    support,
                )
            })
            .collect();
        per_intent.sort_by(|a, b| a.0.cmp(&b.0));
        Evaluation {
            lang: lang.to_owned(),
            total: set.len(),
            accuracy: ratio(correct, set.len()),
            dont_know_rate: ratio(none_right, none_total),
            false_dont_know_rate: ratio(in_dont_know, in_total),
            rephrase_rate: ratio(rephrased, in_total),
            per_intent,
        }
    }
}

/// BM25 over the folded words of the articles' titles and bodies.
pub struct Knowledge {
    articles: Vec<Article>,
    terms: Vec<HashMap<String, f32>>,
    lengths: Vec<f32>,
    document_frequency: HashMap<String, f32>,
    average_length: f32,
}

impl Knowledge {
    pub fn new(articles: Vec<Article>) -> Knowledge {
        let mut terms = Vec::new();
        let mut lengths = Vec::new();
        let mut document_frequency: HashMap<String, f32> = HashMap::new();
        for a in &articles {
            let mut tf: HashMap<String, f32> = HashMap::new();
            let text = fold(&format!("{} {} {}", a.title, a.title, a.body));
            let mut n = 0.0;
            for word in text.split(' ').filter(|w| w.chars().count() > 1) {
                *tf.entry(word.to_owned()).or_default() += 1.0;
                n += 1.0;
            }
            for word in tf.keys() {
                *document_frequency.entry(word.clone()).or_default() += 1.0;
            }
            terms.push(tf);
            lengths.push(n);
        }
        let average_length = lengths.iter().sum::<f32>() / lengths.len().max(1) as f32;
        Knowledge {
            articles,
            terms,
            lengths,
            document_frequency,
            average_length,
        }
    }

    /// The best article in `lang` for `country` answering `text`, among those of `intent`
    /// when given (then the best match of that intent even without a shared word).
    pub fn best(
        &self,
        lang: &str,
        country: &str,
        intent: Option<&str>,
        text: &str,
    ) -> Option<&Article> {
        let folded = fold(text);
        let query: Vec<&str> = folded
            .split(' ')
            .filter(|w| w.chars().count() > 1)
            .collect();
        let n = self.articles.len() as f32;
        let mut best: Option<(usize, f32)> = None;
        for (i, a) in self.articles.iter().enumerate() {
            if a.lang != lang
                || !(a.countries.is_empty() || a.countries.iter().any(|c| c == country))
            {
                continue;
            }
            if intent.is_some_and(|intent| intent != a.intent) {
                continue;
            }
            let mut score = 0.0;
            for word in &query {
                let Some(&tf) = self.terms[i].get(*word) else {
                    continue;
                };
                let df = self.document_frequency.get(*word).copied().unwrap_or(0.0);
                let idf = ((n - df + 0.5) / (df + 0.5) + 1.0).ln();
                score += idf * tf * 2.2
                    / (tf + 1.2 * (0.25 + 0.75 * self.lengths[i] / self.average_length));
            }
            // A country's own article before the one for every country.
            score += if a.countries.is_empty() { 0.0 } else { 0.5 };
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((i, score));
            }
        }
        best.filter(|(_, s)| intent.is_some() || *s > 1.0)
            .map(|(i, _)| &self.articles[i])
    }
}

/// What a message names.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entities {
    /// A product of the catalogue: (id, display name).
    pub product: Option<(String, String)>,
    pub place: Option<crate::api::Place>,
    /// A plan of the catalogue: (offering id, name).
    pub plan: Option<(String, String)>,
    /// An amount of money in minor units, with its currency.
    pub amount: Option<(i64, String)>,
    /// `today`, `tomorrow` or an explicit `YYYY-MM-DD` / `DD/MM`.
    pub date: Option<String>,
    /// The one kind of allowance a usage question is about (data, minutes or texts).
    pub meter: Option<crate::api::UsageType>,
    /// A product family named without its model ("an iPhone"): the family as written in the
    /// catalogue, and its products (id, display name), when there are several.
    pub family: Option<(String, Vec<(String, String)>)>,
}

/// A product the assistant knows by name: (folded model words, product id, display name).
pub type ProductWords = (Vec<String>, String, String);

/// The names entities are found by, read from the database once.
#[derive(Default)]
pub struct Gazetteer {
    /// Folded name → place; larger places first among equal names.
    pub places: HashMap<String, crate::api::Place>,
    /// (folded model words, product id, display name).
    pub products: Vec<ProductWords>,
    /// (folded name, offering id, name).
    pub plans: Vec<(String, String, String)>,
    /// Folded word → canonical word, every language.
    pub words: HashMap<String, String>,
    /// Multi-word phrases → canonical word.
    pub phrases: Vec<(String, String)>,
    /// Currency words, folded ("zl", "€"), each with its country, ISO 4217 code and decimals
    /// (the countries' `currency_words`).
    pub currencies: Vec<(String, String, String, u32)>,
}

impl Gazetteer {
    /// The countries' currency words, as [`Gazetteer::currencies`] holds them.
    pub fn add_currencies(&mut self, countries: &[crate::countries::Country]) {
        for c in countries {
            for word in c.currency_words.iter().chain([&c.currency]) {
                // ("€" folds to nothing: kept as written.)
                let folded = Some(fold(word))
                    .filter(|f| !f.is_empty())
                    .unwrap_or_else(|| word.clone());
                self.currencies.push((
                    folded,
                    c.code.clone(),
                    c.currency.clone(),
                    u32::from(c.currency_decimals),
                ));
            }
        }
    }
}

impl Gazetteer {
    /// The entities in `text`, places preferably in `country`.
    pub fn extract(&self, text: &str, country: &str) -> Entities {
        // "€" would fold away: written as the word, where it stands ("20 € par mois"); a range
        // ("20-30 €", "20/30 €") keeps its numbers apart, not read as "20.30".
        let mut raw = String::with_capacity(text.len());
        let mut chars = text.chars().peekable();
        let mut before: Option<char> = None;
        while let Some(c) = chars.next() {
            let range = matches!(c, '-' | '–' | '/')
                && before.is_some_and(|b| b.is_ascii_digit())
                && chars.peek().is_some_and(char::is_ascii_digit);
            match c {
                '€' => raw.push_str(" eur "),
                _ if range => raw.push_str(" to "),
                _ => raw.push(c),
            }
            before = Some(c);
        }
        let mut folded = fold(&raw);
        // Arabic-Indic digits as ASCII.
        folded = folded
            .chars()
            .map(|c| match c {
                '\u{660}'..='\u{669}' => char::from(b'0' + (c as u32 - 0x660) as u8),
                '\u{6f0}'..='\u{6f9}' => char::from(b'0' + (c as u32 - 0x6f0) as u8),
                c => c,
            })
            .collect();
        for (phrase, canonical) in &self.phrases {
            if let Some(at) = find_words(&folded, phrase) {
                folded.replace_range(at..at + phrase.len(), canonical);
            }
        }
        let words: Vec<String> = folded
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(|w| self.words.get(w).cloned().unwrap_or_else(|| w.to_owned()))
            .collect();
        let mut entities = Entities::default();

        // Places: the longest run of words naming one, in the customer's country first.
        let mut best: Option<(usize, bool, &crate::api::Place)> = None;
        for start in 0..words.len() {
            for len in (1..=4.min(words.len() - start)).rev() {
                let name = words[start..start + len].join(" ");
                if let Some(place) = self.places.get(&name) {
                    let home = place.country == country;
                    if best.is_none_or(|(l, h, _)| (home, len) > (h, l)) {
                        best = Some((len, home, place));
                    }
                    break;
                }
            }
        }
        entities.place = best.map(|(_, _, p)| p.clone());

        // Products: every model word present; the product with most of them.
        let present = |w: &String| words.iter().any(|x| x == w);
        let mut product: Option<(usize, &ProductWords)> = None;
        for p in &self.products {
            if !p.0.is_empty()
                && p.0.iter().all(present)
                && product.is_none_or(|(n, _)| p.0.len() > n)
            {
                product = Some((p.0.len(), p));
            }
        }
        if product.is_none() {
            // A model number alone ("a55"): the products it names, when there is one.
            let mut named = self.products.iter().filter(|p| {
                p.0.iter().any(|w| {
                    w.chars().any(|c| c.is_ascii_digit())
                        && w.chars().any(char::is_alphabetic)
                        && present(w)
                })
            });
            if let (Some(p), None) = (named.next(), named.next()) {
                product = Some((0, p));
            }
        }
        entities.product = product.map(|(_, p)| (p.1.clone(), p.2.clone()));
        if entities.product.is_none() {
            // A family without its model ("an iPhone", "un Galaxy"): the products it names,
            // for the customer to choose from (one alone is the product).
            let family: Vec<&(Vec<String>, String, String)> = self
                .products
                .iter()
                .filter(|p| {
                    p.0.first()
                        .is_some_and(|f| f.chars().all(char::is_alphabetic) && present(f))
                })
                .collect();
            match family.as_slice() {
                [one] => entities.product = Some((one.1.clone(), one.2.clone())),
                [first, ..] => {
                    let word = &first.0[0];
                    // The family as the catalogue writes it ("iPhone"), from a display name.
                    let written = first
                        .2
                        .split(' ')
                        .find(|w| fold(w) == *word)
                        .unwrap_or(word)
                        .to_owned();
                    entities.family = Some((
                        written,
                        family
                            .iter()
                            .take(4)
                            .map(|p| (p.1.clone(), p.2.clone()))
                            .collect(),
                    ));
                }
                [] => {}
            }
        }

        // What a usage question is about, when it names one kind of allowance only.
        let mut meters = words.iter().filter_map(|w| match w.as_str() {
            "data" => Some(crate::api::UsageType::Data),
            "minutes" => Some(crate::api::UsageType::Voice),
            "texts" => Some(crate::api::UsageType::Sms),
            _ => None,
        });
        if let Some(first) = meters.next() {
            if meters.all(|m| m == first) {
                entities.meter = Some(first);
            }
        }

        // Plans by their whole name.
        entities.plan = self
            .plans
            .iter()
            .filter(|p| find_words(&folded, &p.0).is_some())
            .max_by_key(|p| p.0.len())
            .map(|p| (p.1.clone(), p.2.clone()));

        // Amounts: a number next to a currency word, the customer's country's words first
        // ("lei" in Moldova is MDL, not RON; "I'm mad, under 30 euros" in France is euros).
        // The number is the run of digit groups before the word (else after it): folding made
        // "10 000", "10.000" and "19,99" groups of digits.
        let is_number = |w: &&String| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
        let number_beside = |i: usize, code: &str, exponent: u32| {
            // "10 000 F CFA": past the currency's other words.
            let currency_word =
                |w: &&String| self.currencies.iter().any(|c| c.0 == **w && c.2 == code);
            let before: Vec<&String> = words[..i]
                .iter()
                .rev()
                .skip_while(currency_word)
                .take_while(is_number)
                .collect();
            let groups: Vec<&String> = if before.is_empty() {
                words[i + 1..].iter().take_while(is_number).collect()
            } else {
                before.into_iter().rev().collect()
            };
            minor_units(&groups, exponent)
        };
        entities.amount = [true, false].into_iter().find_map(|home| {
            words.iter().enumerate().find_map(|(i, w)| {
                // "5000f", "20eur": the number and the word written together.
                let digits = w.bytes().take_while(u8::is_ascii_digit).count();
                let (number, word) = w.split_at(digits);
                let (_, _, code, exponent) = self
                    .currencies
                    .iter()
                    .find(|c| c.0 == word && (c.1 == country) == home)?;
                let amount = if digits > 0 {
                    minor_units(&[&number.to_owned()], *exponent)
                } else {
                    number_beside(i, code, *exponent)
                };
                Some((amount?, code.clone()))
            })
        });

        // Dates.
        entities.date = words
            .iter()
            .find(|w| *w == "today" || *w == "tomorrow")
            .cloned()
            .or_else(|| {
                text.split(|c: char| c.is_whitespace()).find_map(|t| {
                    let parts: Vec<&str> = t
                        .trim_matches(|c: char| !c.is_ascii_digit())
                        .split(['/', '-', '.'])
                        .collect();
                    match parts.as_slice() {
                        [y, m, d] if y.len() == 4 => Some(format!("{y}-{m:0>2}-{d:0>2}")),
                        [d, m] | [d, m, _]
                            if d.len() <= 2 && m.len() <= 2 && !d.is_empty() && !m.is_empty() =>
                        {
                            let (d, m): (u32, u32) = (d.parse().ok()?, m.parse().ok()?);
                            ((1..=31).contains(&d) && (1..=12).contains(&m))
                                .then(|| format!("--{m:02}-{d:02}"))
                        }
                        _ => None,
                    }
                })
            });
        entities
    }
}

/// An amount written as groups of digits, in minor units of a currency with `exponent`
/// decimals: thousands grouped ("10 000", "1.500" → 10000, 1500), decimals after the last
/// separator when it has one or two digits ("19,99" → 19.99). Groups that are neither (a
/// list of numbers) count the one beside the currency word alone.
fn minor_units(groups: &[&String], exponent: u32) -> Option<i64> {
    let unit = 10i64.checked_pow(exponent)?;
    let whole = |gs: &[&String]| {
        gs.iter()
            .map(|g| g.as_str())
            .collect::<String>()
            .parse::<i64>()
            .ok()
    };
    let grouped = |gs: &[&String]| {
        gs.iter().skip(1).all(|g| g.len() == 3) && gs.first().is_some_and(|g| g.len() <= 3)
    };
    match groups {
        [] => None,
        [one] => one.parse::<i64>().ok()?.checked_mul(unit),
        // (A currency without decimals drops them: "1 500,00 F" is 1500.)
        [int @ .., frac] if frac.len() <= 2 && (int.len() == 1 || grouped(int)) => {
            let digits = frac.len() as u32;
            let frac = frac.parse::<i64>().ok()?;
            let minor = if exponent >= digits {
                frac * 10i64.pow(exponent - digits)
            } else {
                frac / 10i64.pow(digits - exponent)
            };
            whole(int)?.checked_mul(unit)?.checked_add(minor)
        }
        all if grouped(all) => whole(all)?.checked_mul(unit),
        // "2 plans, 20 euros": the number next to the word.
        [.., last] => last.parse::<i64>().ok()?.checked_mul(unit),
    }
}

/// The byte offset of `phrase` in `folded` as whole words.
fn find_words(folded: &str, phrase: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = folded[from..].find(phrase).map(|i| i + from) {
        let before = at == 0 || folded.as_bytes()[at - 1] == b' ';
        let end = at + phrase.len();
        let after = end == folded.len() || folded.as_bytes()[end] == b' ';
        if before && after {
            return Some(at);
        }
        from = at + 1;
        while !folded.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

/// The model words of a product name: folded, without the brand and generic words.
pub fn model_words(brand: &str, name: &str) -> Vec<String> {
    let brand = fold(brand);
    fold(name)
        .split(' ')
        .filter(|w| !w.is_empty() && *w != brand && *w != "5g" && *w != "4g")
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> Classifier {
        let train: Vec<(String, String)> = languages().into_iter().flat_map(|l| l.train).collect();
        Classifier::train(&train)
    }

    #[test]
    fn every_language_has_every_file_and_intent() {
        let langs = languages();
        assert!(langs.len() >= 3, "en, fr and ar at least");
        let intents = |set: &[(String, String)]| {
            let mut v: Vec<String> = set.iter().map(|(i, _)| i.clone()).collect();
            v.sort();
            v.dedup();
            v
        };
        let reference = intents(&langs[0].train);
        assert!(reference.contains(&NONE.to_owned()));
        for l in &langs {
            assert_eq!(intents(&l.train), reference, "{}: training intents", l.tag);
            assert_eq!(intents(&l.eval), reference, "{}: evaluation intents", l.tag);
            assert!(!l.articles.is_empty() && !l.replies.is_empty(), "{}", l.tag);
            for a in &l.articles {
                assert!(
                    reference.contains(&a.intent),
                    "{}: {} has intent {:?}",
                    l.tag,
                    a.id,
                    a.intent
                );
                assert!(
                    !a.title.is_empty() && !a.body.is_empty(),
                    "{}: {}",
                    l.tag,
                    a.id
                );
            }
            // Held out means held out.
            for (_, text) in &l.eval {
                assert!(
                    !l.train.iter().any(|(_, t)| fold(t) == fold(text)),
                    "{}: {text:?} is also a training example",
                    l.tag
                );
            }
        }
    }

    #[test]
    fn classifies_and_knows_what_it_does_not_know() {
        let m = model();
        assert_eq!(
            m.decide("how much data do I have left on my line").0,
            Decision::Answer("usage".into())
        );
        assert_eq!(
            m.decide("combien de gigas me reste-t-il").0,
            Decision::Answer("usage".into())
        );
        assert_eq!(m.decide("كم جيجا باقي").0, Decision::Answer("usage".into()));
        // Code-switching: a French word in an Arabic message.
        assert_eq!(
            m.decide("عايز فورفي ارخص").0,
            Decision::Answer("cheaper_plan".into())
        );
        assert_eq!(m.decide("tell me a joke about cats").0, Decision::DontKnow);
        // The same model on every start.
        assert_eq!(model().predict("bonjour")[0].1, m.predict("bonjour")[0].1);
    }

    #[test]
    fn evaluation_sets_meet_the_floor() {
        let m = model();
        for l in languages() {
            let e = m.evaluate(l.tag, &l.eval);
            assert!(e.accuracy >= 0.65, "{}: accuracy {:.2}", l.tag, e.accuracy);
            assert!(
                e.dont_know_rate >= 0.6,
                "{}: correct don't-know {:.2}",
                l.tag,
                e.dont_know_rate
            );
        }
    }

    #[test]
    fn articles_are_retrieved_per_country_and_language() {
        let articles: Vec<Article> = languages().into_iter().flat_map(|l| l.articles).collect();
        let kb = Knowledge::new(articles);
        assert_eq!(
            kb.best("en", "PL", Some("roaming"), "can I use my phone abroad")
                .unwrap()
                .id,
            "roaming-eu"
        );
        assert_eq!(
            kb.best("en", "EG", Some("roaming"), "can I use my phone abroad")
                .unwrap()
                .id,
            "roaming-world"
        );
        assert_eq!(
            kb.best("fr", "SN", Some("top_up"), "recharger avec mobile money")
                .unwrap()
                .id,
            "top-up-mobile-money"
        );
        assert_eq!(kb.best("ar", "EG", None, "رمز PUK").unwrap().id, "pin-puk");
        assert!(kb.best("en", "FR", None, "zebra crossing").is_none());
    }

    #[test]
    fn entities() {
        let mut g = Gazetteer::default();
        let place = |id: &str, country: &str, name: &str| crate::api::Place {
            id: id.into(),
            country: country.into(),
            kind: crate::api::PlaceKind::Town,
            name: name.into(),
            parent: None,
            lat: 0.0,
            lon: 0.0,
        };
        g.places
            .insert("dakar".into(), place("sn-1", "SN", "Dakar"));
        g.places
            .insert("القاهره".into(), place("eg-1", "EG", "القاهرة"));
        g.places
            .insert("saint louis".into(), place("sn-2", "SN", "Saint-Louis"));
        g.products.push((
            model_words("Samsung", "Galaxy A55 5G"),
            "samsung-galaxy-a55-5g".into(),
            "Samsung Galaxy A55 5G".into(),
        ));
        g.products.push((
            model_words("Apple", "iPhone 16"),
            "apple-iphone-16".into(),
            "Apple iPhone 16".into(),
        ));
        g.products.push((
            model_words("Apple", "iPhone 16 Pro"),
            "apple-iphone-16-pro".into(),
            "Apple iPhone 16 Pro".into(),
        ));
        g.plans.push((
            fold("Découverte 100"),
            "fr-decouverte-100".into(),
            "Découverte 100".into(),
        ));
        g.add_currencies(crate::countries::all());
        for l in languages() {
            for (w, c) in l.entity_words {
                if w.contains(' ') {
                    g.phrases.push((w, c))
                } else {
                    g.words.insert(w, c);
                }
            }
        }
        let e = g.extract("where can I buy the Galaxy A55 in Dakar", "SN");
        assert_eq!(e.product.unwrap().0, "samsung-galaxy-a55-5g");
        assert_eq!(e.place.unwrap().id, "sn-1");
        assert_eq!(
            g.extract("a55 à Saint-Louis demain", "SN")
                .product
                .unwrap()
                .0,
            "samsung-galaxy-a55-5g"
        );
        assert_eq!(
            g.extract("a55 à Saint-Louis demain", "SN")
                .place
                .unwrap()
                .id,
            "sn-2"
        );
        assert_eq!(
            g.extract("a55 à Saint-Louis demain", "SN").date.as_deref(),
            Some("tomorrow")
        );
        assert_eq!(
            g.extract("iphone 16 pro", "FR").product.unwrap().0,
            "apple-iphone-16-pro"
        );
        assert_eq!(
            g.extract("iphone 16", "FR").product.unwrap().0,
            "apple-iphone-16"
        );
        let ar = g.extract("أين أشتري جالكسي A55 في القاهرة", "EG");
        assert_eq!(
            (
                ar.product.unwrap().0.as_str(),
                ar.place.unwrap().id.as_str()
            ),
            ("samsung-galaxy-a55-5g", "eg-1")
        );
        let amount = |text: &str, country: &str| g.extract(text, country).amount;
        assert_eq!(
            amount("un forfait à moins de 20 €", "FR"),
            Some((2000, "EUR".into()))
        );
        assert_eq!(
            amount("باقة بأقل من ٢٠٠ جنيه", "EG"),
            Some((20000, "EGP".into()))
        );
        // Every country's currency, by its words, with its decimals; a word several countries
        // use is the customer's country's.
        assert_eq!(
            amount("abonament sub 100 lei", "RO"),
            Some((10000, "RON".into()))
        );
        assert_eq!(
            amount("abonament sub 100 lei", "MD"),
            Some((10000, "MDL".into()))
        );
        assert_eq!(
            amount("тариф дешевле 150 леев", "MD"),
            Some((15000, "MDL".into()))
        );
        assert_eq!(
            amount("forfait moins de 20000 ariary", "MG"),
            Some((20000, "MGA".into()))
        );
        assert_eq!(
            amount("باقة أقل من 10 دينار", "JO"),
            Some((10000, "JOD".into()))
        );
        assert_eq!(
            amount("باقة أقل من 10 دينار", "TN"),
            Some((10000, "TND".into()))
        );
        assert_eq!(
            amount("forfait à moins de 50 dh", "MA"),
            Some((5000, "MAD".into()))
        );
        assert_eq!(amount("taniej niż 30 zł", "PL"), Some((3000, "PLN".into())));
        assert_eq!(
            amount("forfait à 5000 FG", "GN"),
            Some((5000, "GNF".into()))
        );
        // Thousands grouped as each language writes them, and decimals.
        assert_eq!(
            amount("un forfait à moins de 10 000 F CFA", "SN"),
            Some((10000, "XOF".into()))
        );
        assert_eq!(
            amount("tarifa por menos de 1.500 €", "ES"),
            Some((150000, "EUR".into()))
        );
        assert_eq!(
            amount("a plan under 19.99 euros", "FR"),
            Some((1999, "EUR".into()))
        );
        assert_eq!(
            amount("forfait à moins de 9,5 €", "FR"),
            Some((950, "EUR".into()))
        );
        assert_eq!(
            amount("€ 25 a month at most", "FR"),
            Some((2500, "EUR".into()))
        );
        assert_eq!(
            amount("moins de 20 € par mois", "FR"),
            Some((2000, "EUR".into()))
        );
        // A range is its upper bound; decimals a currency has none of are dropped.
        assert_eq!(
            amount("un forfait entre 20-30 €", "FR"),
            Some((3000, "EUR".into()))
        );
        assert_eq!(
            amount("moins de 1 500,00 F", "SN"),
            Some((1500, "XOF".into()))
        );
        assert_eq!(
            amount("باقة أقل من ١٠ ٠٠٠ جنيه", "EG"),
            Some((1000000, "EGP".into()))
        );
        assert_eq!(
            amount("un forfait à 5000f maximum", "CI"),
            Some((5000, "XOF".into()))
        );
        assert_eq!(amount("moins de 3 000 F", "CM"), Some((3000, "XAF".into())));
        // The customer's own currency before a word that only looks like another's.
        assert_eq!(
            amount("I'm mad, a plan under 30 euros", "FR"),
            Some((3000, "EUR".into()))
        );
        assert_eq!(
            amount("abonament sub 100 lei", "FR"),
            Some((10000, "MDL".into()))
        );
        assert_eq!(
            g.extract("passer au Découverte 100", "FR").plan.unwrap().0,
            "fr-decouverte-100"
        );
        assert_eq!(
            g.extract("rdv le 24/12", "FR").date.as_deref(),
            Some("--12-24")
        );
        assert_eq!(g.extract("hello", "FR"), Entities::default());
        // A family without its model: the choice between its products.
        let family = g
            .extract("where can I buy an iPhone in Dakar", "SN")
            .family
            .unwrap();
        assert_eq!(family.0, "iPhone");
        assert_eq!(
            family.1.iter().map(|p| p.0.as_str()).collect::<Vec<_>>(),
            ["apple-iphone-16", "apple-iphone-16-pro"]
        );
        assert_eq!(
            g.extract("un galaxy à Dakar", "SN").product.unwrap().0,
            "samsung-galaxy-a55-5g"
        );
        // The one kind of allowance a usage question is about.
        assert_eq!(
            g.extract("how much data do I have left", "FR").meter,
            Some(crate::api::UsageType::Data)
        );
        assert_eq!(
            g.extract("combien de minutes il me reste", "FR").meter,
            Some(crate::api::UsageType::Voice)
        );
        assert_eq!(
            g.extract("كم باقي من النت", "EG").meter,
            Some(crate::api::UsageType::Data)
        );
        assert_eq!(g.extract("data and minutes left", "FR").meter, None);
    }
}
