#include "code/native/native_coder.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <unordered_map>

#include "code/cameo.h"
#include "code/native/clause.h"
#include "code/native/pattern_matcher.h"

// Literal comparisons as string_view: the length is checked before any byte.
using namespace std::string_view_literals;

namespace faultline {
namespace {

// What the coder learned about one verb of a sentence; later verbs read earlier ones
// (coordination, control, reported speech).
struct VerbInfo {
  VerbGroup group;
  std::vector<int> subjects;
  std::vector<int> objects;
  bool speech = false;
  bool embedded = false;  // an infinitive or gerund complement of another verb
  uint32_t clause_end = 0;
  int governor = -1;           // index in the sentence's verbs of the governing verb
  std::vector<size_t> events;  // indices into doc.events coded from this verb
};

// "according to the UN, ...": the actor a sentence is attributed to, or -1.
int AccordingTo(const ClauseView& view, const Sentence& s) {
  const auto& toks = view.doc().tokens;
  for (uint32_t i = s.token_begin; i + 2 < s.token_end; ++i) {
    if (toks[i].norm != "according"sv || toks[i + 1].norm != "to"sv) continue;
    uint32_t j = i + 2;
    while (j < s.token_end && (toks[j].pos == Pos::kDet || toks[j].pos == Pos::kAdj)) ++j;
    if (j < s.token_end && view.ActorAt(j) >= 0) return view.ActorAt(j);
  }
  return -1;
}

ActorRef RefOf(const Document& doc, int a, const Span& span_override = Span{}) {
  const ActorMention& m = doc.actors[a];
  ActorRef r;
  r.code = m.code;
  r.name = m.name;
  r.span = span_override.empty() ? m.span : span_override;
  return r;
}

bool IsQuestion(const Document& doc, const Sentence& s) {
  for (uint32_t i = s.token_end; i > s.token_begin;) {
    --i;
    const std::string& n = doc.tokens[i].norm;
    if (n == "\""sv || n == "'"sv || n == ")"sv) continue;
    return n == "?"sv;
  }
  return false;
}

// "Don't do it!", "Stop the war!": a sentence that opens with a bare verb or "do not".
bool IsImperative(const Document& doc, const Sentence& s) {
  uint32_t i = s.token_begin;
  while (i < s.token_end && (doc.tokens[i].norm == "\""sv || doc.tokens[i].norm == "'"sv)) ++i;
  if (i >= s.token_end) return false;
  const Token& t = doc.tokens[i];
  if ((t.norm == "do"sv || t.norm == "don"sv) && i + 1 < s.token_end &&
      doc.tokens[i + 1].pos == Pos::kNeg) {
    return true;
  }
  if (t.norm == "let"sv || t.norm == "please"sv) return true;
  return t.pos == Pos::kVerb && t.norm == t.lemma && !t.verb_gerund && !t.verb_past_participle &&
         i + 1 < s.token_end && doc.tokens[i + 1].pos != Pos::kVerb;
}

bool Discarded(const VerbDictionary& verbs, const Document& doc, const std::vector<WordIds>& ids,
               const Sentence& s) {
  for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
    for (uint32_t key : {ids[i].lemma, ids[i].norm}) {
      if (key == 0) continue;
      if (const std::vector<VerbPattern>* ds = verbs.FindDiscards(key)) {
        for (const VerbPattern& d : *ds) {
          if (MatchPattern(d, doc.tokens, ids, i, s.token_end)) return true;
        }
      }
      if (ids[i].lemma == ids[i].norm) break;
    }
  }
  return false;
}

// Verbs that pass their subject (or object) to a following infinitive, with the
// modality the infinitive's event carries.
Modality ControlModality(const std::string& lemma) {
  static const auto* kModalities = new std::unordered_map<std::string_view, Modality>{
      {"threaten", Modality::kFuture},   {"vow", Modality::kFuture},
      {"pledge", Modality::kFuture},     {"promise", Modality::kFuture},
      {"plan", Modality::kFuture},       {"prepare", Modality::kFuture},
      {"decide", Modality::kFuture},     {"intend", Modality::kFuture},
      {"agree", Modality::kFuture},      {"announce", Modality::kFuture},
      {"expect", Modality::kFuture},     {"resolve", Modality::kFuture},
      {"want", Modality::kIntended},     {"seek", Modality::kIntended},
      {"aim", Modality::kIntended},      {"try", Modality::kIntended},
      {"attempt", Modality::kIntended},  {"hope", Modality::kIntended},
      {"wish", Modality::kIntended},     {"work", Modality::kIntended},
      {"strive", Modality::kIntended},   {"struggle", Modality::kIntended},
      {"move", Modality::kIntended},     {"offer", Modality::kIntended},
      {"refuse", Modality::kIntended},   {"urge", Modality::kDemanded},
      {"call", Modality::kDemanded},     {"demand", Modality::kDemanded},
      {"ask", Modality::kDemanded},      {"order", Modality::kDemanded},
      {"tell", Modality::kDemanded},     {"implore", Modality::kDemanded},
      {"press", Modality::kDemanded},    {"appeal", Modality::kDemanded},
      {"request", Modality::kDemanded},  {"force", Modality::kDemanded},
      {"pressure", Modality::kDemanded}, {"encourage", Modality::kDemanded}};
  auto it = kModalities->find(lemma);
  return it == kModalities->end() ? Modality::kAsserted : it->second;
}

// How sure the coder is that this is the sentence's event as a reader would name it:
// specific patterns and found actors raise it; bare statements, events embedded under
// another verb ("agreed to resign", "considering giving"), event nouns ("condemned the
// attack") and negated conflict lower it, so the main clause's event leads.
struct ConfidenceFactors {
  bool source = false, target = false, speech = false, embedded = false, nominal = false;
  bool attributed = false, negated = false;
  bool first_main = false;
};

double Confidence(const VerbPattern& p, const ConfidenceFactors& f) {
  double c = 0.45 + 0.04 * std::min(p.words, 4);
  if (f.source) c += 0.15;
  if (f.target) c += 0.1;
  if (f.speech || p.code.rfind("01", 0) == 0) c -= 0.3;
  if (f.embedded) c -= 0.2;
  if (f.nominal) c -= 0.12;
  if (f.attributed && !f.speech) c += 0.05;
  if (f.negated) c -= 0.1;
  if (f.first_main) c += 0.08;
  return std::clamp(c, 0.05, 0.99);
}

// A negated or refused act of cooperation is a rejection ("did not sign", "refused to
// meet", "failed to reach agreement"): CAMEO codes it under 12, not as cooperation.
std::string RejectionOf(const std::string& code) {
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  switch (root) {
    case 3:
      return "120";
    case 4:
      return "125";
    case 5:
      return code.rfind("057", 0) == 0 ? "127" : "120";
    case 6:
      return code.rfind("061", 0) == 0 ? "1211" : code.rfind("062", 0) == 0 ? "1212" : "121";
    case 7:
      return "120";
    case 8:
      return code.rfind("0841", 0) == 0 ? "1243" : "124";
    default:
      return "";
  }
}

// The actors of a prepositional phrase right after an event noun: "bombardment by
// government forces", "an attack on the base". Looks a few tokens ahead, over modifiers
// and other prepositional phrases ("an air and ground bombardment by …").
std::vector<int> NounPhraseActors(const ClauseView& view, uint32_t from, uint32_t end,
                                  std::initializer_list<std::string_view> preps) {
  const auto& toks = view.doc().tokens;
  for (uint32_t i = from; i < end && i < from + 6; ++i) {
    const Token& t = toks[i];
    if (t.pos == Pos::kVerb || t.pos == Pos::kAux || t.norm == ","sv || t.norm == ";"sv) break;
    if (t.pos != Pos::kPrep) continue;
    bool wanted = false;
    for (std::string_view p : preps) wanted |= t.norm == p;
    if (!wanted) continue;
    uint32_t j = i + 1;
    while (j < end && (toks[j].pos == Pos::kDet || toks[j].pos == Pos::kAdj)) ++j;
    return j < end && view.ActorAt(j) >= 0 ? view.PhraseActors(j, end) : std::vector<int>{};
  }
  return {};
}

// Events inside a quotation that has no speaker yet take the subject of the first speech
// verb after the quotation in the same sentence.
void AttributePreposedQuotes(Document& doc, const ClauseView& view, const Sentence& sent,
                             const std::vector<VerbInfo>& verbs, size_t first_event) {
  int speaker = -1;
  for (const VerbInfo& v : verbs) {
    if (v.speech && !view.InQuote(v.group.head) && !v.subjects.empty()) {
      speaker = v.subjects.front();
      break;
    }
  }
  if (speaker < 0) return;
  const ActorMention& m = doc.actors[speaker];
  for (size_t e = first_event; e < doc.events.size(); ++e) {
    Event& ev = doc.events[e];
    if (ev.attributed_to) continue;
    uint32_t head = sent.token_begin;
    while (head < sent.token_end && doc.tokens[head].span.begin < ev.span.begin) ++head;
    if (head >= sent.token_end || !view.InQuote(head)) continue;
    ev.attributed_to = ActorRef{m.code, m.name, m.span};
    if (ev.modality == Modality::kAsserted) ev.modality = Modality::kReported;
  }
}

// "each other", "one another", or a verb of exchange ("traded accusations").
bool Reciprocal(const std::vector<Token>& toks, uint32_t head, uint32_t end) {
  if (toks[head].lemma == "trade"sv || toks[head].lemma == "exchange"sv) return true;
  for (uint32_t i = head + 1; i + 1 < end && i < head + 6; ++i) {
    if ((toks[i].norm == "each"sv && toks[i + 1].norm == "other"sv) ||
        (toks[i].norm == "one"sv && toks[i + 1].norm == "another"sv)) {
      return true;
    }
  }
  return false;
}

// A government's quoted words that others are killing people are an accusation: a plain
// report (CAMEO 010) by a state actor whose own direct quotation asserts violence (roots
// 18–20) by others becomes 112 against them, one event per accused. Monitors, agencies and
// spokespeople reporting fighting stay 010: they report, they do not accuse.
void RecodeReportsOfViolence(Document& doc, const ClauseView& view, size_t first_event,
                             uint32_t cap) {
  auto quoted = [&](const Event& e) {
    for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
      if (doc.tokens[i].span.begin >= e.span.begin) return view.InQuote(i);
    }
    return false;
  };
  const size_t end = doc.events.size();
  for (size_t r = first_event; r < end; ++r) {
    Event& report = doc.events[r];
    if (report.code != "010"sv || !report.source || report.target) continue;
    const std::string& who = report.source->code;
    if (who.size() < 6 || who.compare(3, 3, "GOV") != 0) continue;
    std::vector<ActorRef> accused;
    for (size_t e = first_event; e < end; ++e) {
      const Event& content = doc.events[e];
      const int root = std::atoi(content.code.substr(0, 2).c_str());
      if (e == r || root < 18 || !content.source || !content.attributed_to || !quoted(content)) {
        continue;
      }
      if (content.attributed_to->code != report.source->code) continue;
      if (content.source->code == report.source->code) continue;
      bool seen = false;
      for (const ActorRef& a : accused) seen |= a.code == content.source->code;
      if (!seen) accused.push_back(*content.source);
    }
    if (accused.empty()) continue;
    report.code = "112";
    report.provenance.pattern += "+content:violence";
    report.target = accused.front();
    for (size_t k = 1; k < accused.size() && doc.events.size() - first_event < cap + accused.size();
         ++k) {
      Event copy = doc.events[r];
      copy.target = accused[k];
      doc.events.push_back(std::move(copy));
    }
  }
}

// "are killing, or on their way to killing, civilians": one event said twice in a sentence
// is one event. Keeps the first of each (code, source, target, attribution).
void DropRepeats(Document& doc, size_t first_event) {
  if (doc.events.size() < first_event + 2) return;  // most sentences: nothing to repeat
  auto key = [](const Event& e) {
    return e.code + "|" + (e.source ? e.source->code : "") + "|" +
           (e.target ? e.target->code : "") + "|" + (e.attributed_to ? e.attributed_to->code : "") +
           (e.negated ? "|not" : "");
  };
  std::vector<std::string> seen;
  size_t out = first_event;
  for (size_t e = first_event; e < doc.events.size(); ++e) {
    std::string k = key(doc.events[e]);
    if (std::find(seen.begin(), seen.end(), k) != seen.end()) continue;
    seen.push_back(std::move(k));
    if (out != e) doc.events[out] = std::move(doc.events[e]);
    ++out;
  }
  doc.events.resize(out);
}

bool NegatingGovernor(const std::string& lemma) {
  return lemma == "fail"sv || lemma == "refuse"sv || lemma == "decline"sv || lemma == "reject"sv;
}

}  // namespace

Status NativeCoder::Load(const std::string& data_dir, const std::string& version,
                         std::unique_ptr<NativeCoder>* coder) {
  auto c = std::make_unique<NativeCoder>();
  FL_RETURN_IF_ERROR(c->verbs_.LoadBundle(data_dir));
  c->version_ = version;
  *coder = std::move(c);
  return Status::Ok();
}

void NativeCoder::Code(Document& doc) const {
  const ClauseView view(doc);
  // About one event per sentence in news: growing the vector moved every Event (strings,
  // actor refs) again and again.
  doc.events.reserve(doc.events.size() + doc.sentences.size());
  const auto& toks = doc.tokens;
  // Per-thread buffers, reused across documents and sentences (no allocation per call).
  thread_local std::vector<WordIds> ids;
  thread_local std::vector<WordBits> after_bits;
  thread_local std::vector<uint8_t> consumed;
  thread_local std::vector<VerbInfo> verbs;  // one sentence's verbs
  ids.resize(toks.size());
  for (size_t i = 0; i < toks.size(); ++i) ids[i] = verbs_.IdsOf(toks[i].lemma, toks[i].norm);
  // A speaker whose quotation runs on across sentences ("Mr Trump wrote: “…”").
  int running_speaker = -1;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    if (IsQuestion(doc, sent) || IsImperative(doc, sent) || Discarded(verbs_, doc, ids, sent)) {
      continue;
    }
    verbs.clear();
    uint32_t emitted = 0;
    // after_bits[k]: the words present from token sentence_begin + k to the sentence end.
    after_bits.assign(sent.token_end - sent.token_begin + 1, WordBits{});
    for (uint32_t k = sent.token_end; k > sent.token_begin; --k) {
      WordBits& here = after_bits[k - 1 - sent.token_begin];
      here = after_bits[k - sent.token_begin];
      here.Add(ids[k - 1]);
    }
    // Reported speech: a speech verb's complement, and postposed "..., X said."
    int reporter = -1;
    uint32_t reported_from = UINT32_MAX;
    bool reporter_plain = true;  // a plain reporting verb: its complement is the news
    bool main_coded = false;
    const int according_to = AccordingTo(view, sent);
    const size_t first_event = doc.events.size();
    std::vector<std::pair<int, int>> reciprocal_pairs;
    // Tokens a verb pattern has consumed: an event noun inside one ("imposed sanctions on")
    // is part of that event, not another.
    consumed.assign(sent.token_end - sent.token_begin, 0);
    for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
      const Token& t = toks[i];
      if (view.ActorAt(i) >= 0) continue;
      const bool verbal = t.pos == Pos::kVerb;
      const bool nominal = t.pos == Pos::kNoun;
      if (!verbal && !nominal) continue;
      if (nominal && consumed[i - sent.token_begin]) continue;
      // Code it. The match depends on the words only; a noun without one is no event and
      // needs no clause analysis (most nouns), a verb still does (it governs later verbs).
      const VerbPattern* best = nullptr;
      PatternMatch best_match;
      for (uint32_t key : {ids[i].lemma, ids[i].norm}) {
        const std::vector<VerbPattern>* patterns = key ? verbs_.Find(key) : nullptr;
        if (!patterns) continue;
        // Most specific first: the first pattern that matches is the best at this key.
        for (const VerbPattern& p : *patterns) {
          if (p.noun_head != nominal) continue;
          if (best && p.words <= best->words) break;
          if (!p.MayMatch(after_bits[i + 1 - sent.token_begin])) continue;
          auto m = MatchPattern(p, toks, ids, i, sent.token_end);
          if (!m) continue;
          best = &p;
          best_match = *m;
          break;
        }
        if (ids[i].lemma == ids[i].norm) break;
      }
      if (nominal && !best) continue;
      VerbInfo info;
      info.group = verbal ? view.Group(i, sent.token_begin) : VerbGroup{i, i};
      info.clause_end = view.ClauseEnd(i + 1, sent.token_end);
      if (verbal) {
        // Subject: coordination and control first, then the clause's own subject.
        const uint32_t gb = info.group.begin;
        const bool after_conj =
            gb > sent.token_begin && (toks[gb - 1].pos == Pos::kConj || toks[gb - 1].norm == ","sv);
        uint32_t before = gb;  // the token before the group, over quotation marks
        while (before > sent.token_begin && toks[before - 1].norm == "\""sv) --before;
        const bool after_prep = before > sent.token_begin && toks[before - 1].pos == Pos::kPrep;
        if ((info.group.infinitive || (info.group.gerund && after_prep)) && !verbs.empty()) {
          const VerbInfo& gov = verbs.back();
          info.embedded = true;
          info.governor = static_cast<int>(verbs.size()) - 1;
          if (NegatingGovernor(toks[gov.group.head].lemma) || gov.group.negated) {
            info.group.negated = true;
          }
          const bool object_control =
              !gov.objects.empty() &&
              ControlModality(toks[gov.group.head].lemma) == Modality::kDemanded;
          info.subjects = (object_control || (info.group.gerund && !gov.objects.empty()))
                              ? gov.objects
                              : gov.subjects;
          Modality m = ControlModality(toks[gov.group.head].lemma);
          if (m != Modality::kAsserted && info.group.modality == Modality::kAsserted) {
            info.group.modality = m;
          }
          if (gov.group.modality != Modality::kAsserted &&
              info.group.modality == Modality::kAsserted) {
            info.group.modality = gov.group.modality;
          }
        } else {
          info.subjects = view.Subject(info.group, sent.token_begin);
          if (info.subjects.empty() && (after_conj || info.group.gerund) && !verbs.empty()) {
            info.subjects = verbs.back().subjects;
            // "agreed to open its borders and grant asylum": the second verb is embedded too.
            if (after_conj) info.embedded = verbs.back().embedded;
          }
          // "considering giving", "started shelling": a gerund right after a verb.
          if (info.group.gerund && gb > sent.token_begin && toks[gb - 1].pos == Pos::kVerb) {
            info.embedded = true;
          }
          // Relative clauses describe, they are rarely the sentence's news: "which killed",
          // "a fire that killed".
          if (gb > sent.token_begin &&
              (toks[gb - 1].pos == Pos::kWh ||
               (toks[gb - 1].norm == "that"sv && gb > sent.token_begin + 1 &&
                (toks[gb - 2].pos == Pos::kNoun || toks[gb - 2].pos == Pos::kProperNoun ||
                 view.ActorAt(gb - 2) >= 0)))) {
            info.embedded = true;
          }
        }
        info.speech = IsSpeechVerb(t.lemma);
      }
      info.objects = view.Object(i + 1, info.clause_end);
      if (info.speech && info.group.modality == Modality::kAsserted &&
          reported_from == UINT32_MAX) {
        reported_from = best ? best_match.end : i + 1;
        reporter_plain = IsPlainReportingVerb(t.lemma);
        if (!info.subjects.empty()) {
          reporter = info.subjects.front();
          // "wrote:" followed by a quotation: the quotation belongs to the speaker.
          if (i + 1 < sent.token_end && (toks[i + 1].norm == ":"sv || toks[i + 1].norm == ","sv)) {
            running_speaker = reporter;
          }
        }
      }
      if (verbal) verbs.push_back(info);
      if (!best) continue;
      if (verbal) {
        for (uint32_t k = i; k < best_match.end && k < sent.token_end; ++k) {
          consumed[k - sent.token_begin] = 1;
        }
      }
      // Sources and targets.
      std::vector<int> sources = info.subjects, targets;
      if (best->has_target && best_match.has_target) {
        targets = view.PhraseActors(
            best_match.target.first,
            std::min(sent.token_end,
                     std::max(best_match.target.second, best_match.target.first + 1)));
        if (targets.empty() && best_match.end == best_match.target.first) {
          targets = view.Object(best_match.target.first, info.clause_end);
        }
      } else if (nominal) {
        // An event noun takes its target from a prepositional phrase only: "attack on X".
        targets = NounPhraseActors(view, best_match.end, info.clause_end,
                                   {"on", "against", "of", "at", "targeting"});
      } else {
        targets = view.Object(i + 1, info.clause_end);
      }
      bool explicit_source = false;
      if (best->has_source && best_match.has_source) {
        std::vector<int> named =
            view.PhraseActors(best_match.source.first, best_match.source.second);
        if (!named.empty()) {
          sources = named;
          explicit_source = true;
        }
      }
      if (nominal && sources.empty()) {
        sources = NounPhraseActors(view, i + 1, info.clause_end, {"by"});
      }
      if (nominal && sources.empty()) {
        // "Russia's offensive", "Russian airstrikes": a possessor or adjective before the noun.
        uint32_t j = i;
        while (j > sent.token_begin &&
               (toks[j - 1].pos == Pos::kAdj || toks[j - 1].pos == Pos::kNoun ||
                toks[j - 1].pos == Pos::kPossessive) &&
               view.ActorAt(j - 1) < 0) {
          --j;
        }
        if (j > sent.token_begin && view.ActorAt(j - 1) >= 0) sources = {view.ActorAt(j - 1)};
      }
      if (info.group.passive) {
        // The grammatical subject of a passive is the target; the "by" phrase the source.
        targets = info.subjects;
        if (!explicit_source) sources = view.Agent(info.group, info.clause_end);
      }
      // Attribution: inside a quotation, or in a speech verb's complement.
      std::optional<ActorRef> attributed;
      Modality modality = info.group.modality;
      if (view.InQuote(i)) {
        int who = -1;
        for (const Quote& q : doc.quotes) {
          if (q.span.Contains(t.span) && q.speaker_span) {
            for (size_t a = 0; a < doc.actors.size(); ++a) {
              if (doc.actors[a].span.Overlaps(*q.speaker_span)) who = static_cast<int>(a);
            }
            if (who < 0 && !q.speaker_name.empty()) {
              ActorRef r{q.speaker_code, q.speaker_name, *q.speaker_span};
              attributed = r;
            }
          }
        }
        if (who < 0 && !attributed) who = running_speaker >= 0 ? running_speaker : reporter;
        if (who >= 0) attributed = RefOf(doc, who);
      } else if (i >= reported_from) {
        if (reporter >= 0) attributed = RefOf(doc, reporter);
        if (!reporter_plain) info.embedded = true;
      } else if (according_to >= 0 && sources != std::vector<int>{according_to}) {
        attributed = RefOf(doc, according_to);
      }
      if (attributed && modality == Modality::kAsserted && !info.speech) {
        modality = Modality::kReported;
      }
      std::string code = best->code;
      bool negated = info.group.negated;
      if (negated) {
        std::string rejection = RejectionOf(code);
        if (!rejection.empty()) {
          code = rejection;
          negated = false;  // the rejection is asserted
        }
      }
      ConfidenceFactors factors;
      factors.speech = info.speech && IsPlainReportingVerb(t.lemma);
      factors.embedded = info.embedded;
      factors.nominal = nominal;
      factors.attributed = attributed.has_value();
      factors.negated = negated;
      // The first main-clause verb that codes is most often the sentence's news.
      factors.first_main = verbal && !info.embedded && !main_coded;
      if (factors.first_main) main_coded = true;
      // "accused each other", "traded accusations": coordinated actors act on one another.
      if (targets.empty() && sources.size() >= 2 && Reciprocal(toks, i, info.clause_end)) {
        const std::vector<int> actors = sources;
        for (int a : actors) {
          for (int b : actors) {
            if (a != b && emitted < options_.max_events_per_sentence) {
              reciprocal_pairs.emplace_back(a, b);
            }
          }
        }
      }
      if (sources.empty()) sources.push_back(-1);
      if (targets.empty()) targets.push_back(-1);
      std::vector<std::pair<int, int>> pairs;
      if (!reciprocal_pairs.empty()) {
        pairs = std::move(reciprocal_pairs);
        reciprocal_pairs.clear();
      } else {
        for (int src : sources) {
          for (int tgt : targets) pairs.emplace_back(src, tgt);
        }
      }
      for (const auto& [src, tgt] : pairs) {
        {
          if (emitted >= options_.max_events_per_sentence) break;
          if (src >= 0 && src == tgt) continue;
          Event e;
          e.sentence = s;
          e.span = Span{toks[info.group.begin].span.begin,
                        toks[std::max(best_match.end, i + 1) - 1].span.end};
          if (best->has_target && best_match.has_target &&
              best_match.target.first < best_match.end) {
            e.span.end = toks[best_match.end - 1].span.end;
          }
          e.code = code;
          if (src >= 0) e.source = RefOf(doc, src);
          if (tgt >= 0) e.target = RefOf(doc, tgt);
          e.negated = negated;
          e.modality = modality;
          e.attributed_to = attributed;
          factors.source = src >= 0;
          factors.target = tgt >= 0;
          e.confidence = Confidence(*best, factors);
          e.provenance.pattern = best->id;
          if (src >= 0) {
            for (const auto& en : doc.actors[src].entries) e.provenance.entries.push_back(en);
          }
          if (tgt >= 0) {
            for (const auto& en : doc.actors[tgt].entries) e.provenance.entries.push_back(en);
          }
          e.provenance.dictionary_version = version_;
          doc.events.push_back(std::move(e));
          if (verbal) verbs.back().events.push_back(doc.events.size() - 1);
          ++emitted;
        }
      }
      // "threatened to attack X", "pledged to help X": the governing verb's event has no
      // object of its own; its target is the embedded act's.
      if (verbal && verbs.back().governor >= 0 && !verbs.back().events.empty()) {
        const Event& inner = doc.events[verbs.back().events.front()];
        if (inner.target) {
          for (size_t g : verbs[verbs.back().governor].events) {
            if (!doc.events[g].target) doc.events[g].target = inner.target;
          }
        }
      }
    }
    // A quotation before its attribution: "“Russia shelled the hospital,” he said."
    AttributePreposedQuotes(doc, view, sent, verbs, first_event);
    // "Mr Trump wrote: “Russia is killing civilians”": saying that someone kills is accusing.
    RecodeReportsOfViolence(doc, view, first_event, options_.max_events_per_sentence);
    DropRepeats(doc, first_event);
    // A quotation that closes in this sentence ends the running speaker.
    bool open_at_end = sent.token_end > sent.token_begin && view.InQuote(sent.token_end - 1);
    if (!open_at_end && s + 1 < doc.sentences.size() &&
        !view.InQuote(doc.sentences[s + 1].token_begin) &&
        !(doc.sentences[s + 1].token_begin + 1 < toks.size() &&
          view.InQuote(doc.sentences[s + 1].token_begin + 1))) {
      running_speaker = -1;
    }
  }
}

}  // namespace faultline
