#include "recognise/quotes/quote_recogniser.h"

#include <algorithm>

#include "recognise/quotes/quote_attribution.h"
#include "recognise/quotes/quote_indirect.h"
#include "recognise/quotes/quote_lexicon.h"
#include "recognise/quotes/quote_marks.h"

namespace faultline {
namespace {

// Unattributed quotations this short are scare quotes ("carnage"), not speech.
constexpr uint32_t kMinUnattributedTokens = 4;
// An unattributed quotation of at most this many words whose sentence names no speaker
// either is a scare quote or a term ("a “promoted trend”", "no ''direct evidence''").
constexpr uint32_t kMaxScareQuoteWords = 3;

bool IsQuoteMarkToken(const Token& t) { return t.norm == "\"" || t.norm == "'"; }

// A verb in a form that can have a subject of its own: a speech verb, or a past or
// third-person form ("dismissed", "calls"); base forms are too often nouns ("rally").
bool IsFiniteVerb(const Token& t) {
  if (t.pos != Pos::kVerb || t.verb_gerund) return false;
  if (QuoteCueFlags(t.norm) != 0) return true;
  const std::string& w = t.norm;
  const auto ends = [&w](std::string_view suf) {
    return w.size() > suf.size() + 1 && w.compare(w.size() - suf.size(), suf.size(), suf) == 0;
  };
  return ends("ed") || (ends("s") && !ends("ss"));
}

// Every word of [b, e) of four letters or more capitalised, and at most six words: a title.
bool IsTitleCased(const Document& doc, const std::vector<Token>& toks, uint32_t b, uint32_t e) {
  uint32_t words = 0, long_words = 0;
  // Capitals throughout are shouting ("STOP!"), not a title.
  bool lower = false;
  for (uint32_t k = b; k < e; ++k) {
    for (char ch : doc.Text(toks[k].span)) lower |= ch >= 'a' && ch <= 'z';
  }
  if (!lower) return false;
  for (uint32_t k = b; k < e; ++k) {
    const Token& t = toks[k];
    if (t.pos == Pos::kPunct || IsQuoteMarkToken(t)) continue;
    ++words;
    if (t.norm.size() < 4) continue;
    ++long_words;
    if (!t.capitalised) return false;
  }
  return words > 0 && words <= 6 && long_words > 0;
}

// A quotation or attribution waiting for its speaker to be resolved in text order.
struct Pending {
  Quote quote;
  bool has_speaker = false;
  SpeakerMention speaker;
  bool inherit = false;       // the speaker is the previous one, or the sentence subject
  uint32_t sentence = 0;
  uint32_t cue = UINT32_MAX;  // token of the cue, for the medium
  bool subject = false;       // inherit from the sentence subject, not the previous quote
  bool scare = false;         // dropped unless a speaker is found: a scare quote or term
};

// The subject at the start of a sentence, after an opening phrase: "In a tweet on
// Thursday, Mr Trump wrote".
bool SentenceSubject(const std::vector<Token>& toks, const Sentence& s, SpeakerMention* out) {
  uint32_t b = s.token_begin;
  const Pos p = b < s.token_end ? toks[b].pos : Pos::kUnknown;
  if (p == Pos::kPrep || p == Pos::kAdv || p == Pos::kSubord) {
    uint32_t k = b;
    while (k < s.token_end && k < b + 12 && toks[k].norm != ",") ++k;
    if (k < s.token_end && toks[k].norm == ",") b = k + 1;
  }
  return SpeakerAfter(toks, b, s.token_end, out);
}

std::string_view FindMedium(const Document& doc, const Sentence& s, uint32_t cue) {
  if (cue == UINT32_MAX) return {};
  const uint32_t b = cue > s.token_begin + 8 ? cue - 8 : s.token_begin;
  const uint32_t e = std::min(s.token_end, cue + 8);
  std::string_view m = MediumOf(doc.tokens[cue].norm);
  for (uint32_t i = b; i < e && m.empty(); ++i) m = MediumOf(doc.tokens[i].norm);
  return m;
}

Span TokenSpan(const Document& doc, uint32_t b, uint32_t e) {
  return Span{doc.tokens[b].span.begin, doc.tokens[e - 1].span.end};
}

void AddDirect(const Document& doc, const std::vector<MarkedQuote>& marks,
               const std::vector<uint32_t>& sent_of, std::vector<bool>& consumed,
               std::vector<Pending>* out) {
  const std::vector<Token>& toks = doc.tokens;
  for (size_t i = 0; i < marks.size(); ++i) {
    if (consumed[i]) continue;
    const MarkedQuote& m = marks[i];
    const Sentence& s = doc.sentences[sent_of[m.open]];
    uint32_t limit = i + 1 < marks.size() ? marks[i + 1].open : static_cast<uint32_t>(toks.size());
    // The attribution stays in the paragraph of the closing mark.
    for (uint32_t k = m.close + 1; k < limit && k < m.close + 16; ++k) {
      if (ParagraphBreakBetween(doc, k - 1, k)) {
        limit = k;
        break;
      }
    }
    uint32_t floor = s.token_begin;
    // "Caddell continued:" closing the previous paragraph introduces this one.
    if (m.open == s.token_begin && m.open > 0 && toks[m.open - 1].norm == ":") {
      floor = doc.sentences[sent_of[m.open - 1]].token_begin;
    }
    Attribution a;
    bool found = false;
    // Transcripts: “PENCE: Well, look, …” names the speaker inside the quotation.
    uint32_t content = m.open + 1;
    for (uint32_t k = m.open + 1; k < m.close && k < m.open + 5; ++k) {
      if (toks[k].norm == ":" && k > m.open + 1) {
        SpeakerMention label;
        // Transcript labels open their paragraph or are written in capitals.
        const bool upper = doc.Text(toks[m.open + 1].span).find_first_of("abcdefghijklmnopqrstuvwxyz") ==
                           std::string_view::npos;
        const bool para_start = m.open == 0 || ParagraphBreakBetween(doc, m.open - 1, m.open);
        if (SpeakerAfter(toks, m.open + 1, k, &label) && label.end == k && toks[m.open + 1].capitalised &&
            (upper || para_start)) {
          a.cue = k;
          a.cue_end = k + 1;
          a.has_speaker = true;
          a.speaker = label;
          a.last = k;
          found = true;
          content = k + 1;
        }
        break;
      }
      if (!toks[k].capitalised && toks[k].norm != "." && toks[k].norm != "-") break;
    }
    if (!found && m.open > floor && (toks[m.open - 1].norm == ":" || toks[m.open - 1].norm == "that" ||
                           toks[m.open - 1].norm == ",")) {
      found = AttributionBefore(toks, m.open, floor, &a);
    }
    uint32_t last_close = m.close;
    uint32_t cursor = m.close;
    // "… would have on women in the workplace: “…,” the union wrote.": a cue far before the
    // colon yields to a speaker named right after the quotation.
    Attribution after;
    const bool opens = m.open == s.token_begin;
    if (found && m.closed && a.cue + 4 < m.open &&
        AttributionAfter(toks, m.close, limit, &after, opens) && after.has_speaker &&
        !after.speaker.pronoun) {
      a = after;
      cursor = a.last;
    } else if (!found && m.closed && AttributionAfter(toks, m.close, limit, &a, opens)) {
      found = true;
      cursor = a.last;
    }
    // "“X,” he said, “Y.”" and "“X,” Cruz said at the time. “Y.”": the quotation goes on
    // after its attribution within the paragraph; so do quotations that follow at once.
    // After an attribution the quotation resumes once its sentence ends, however long the
    // speaker's description: "“X,” said Douglas Holtz-Eakin, an economist who …. “Y.”"
    uint32_t gap = found && cursor != m.close ? 40 : 1;
    const uint32_t para = doc.sentences[sent_of[m.close]].paragraph;
    for (size_t j = i + 1; j < marks.size() && m.closed; ++j) {
      const MarkedQuote& n = marks[j];
      if (n.single || consumed[j] || n.open <= cursor || n.open - cursor - 1 > gap ||
          doc.sentences[sent_of[n.open]].paragraph != para ||
          ParagraphBreakBetween(doc, cursor, n.open)) {
        break;
      }
      bool clean = true;  // no other speech verb in between: that would be a new attribution
      for (uint32_t k = cursor + 1; k < n.open; ++k) {
        clean &= QuoteCueFlags(toks[k].norm) == 0;
        // Nothing but the quotation may follow the end of the attribution's sentence.
        const std::string& w = toks[k].norm;
        if ((w == "." || w == "?" || w == "!" || w == ";") && k + 1 < n.open &&
            toks[k + 1].norm != "," && toks[k + 1].norm != ")") {  // "(D-N.C.)," abbreviations
          clean = false;
        }
      }
      if (!clean) break;
      // "“X,” he said. “Y,” said Z." and lists of signed comments: a quotation with an
      // attribution of its own is not the continuation of this one.
      if (n.closed) {
        uint32_t next_limit = j + 1 < marks.size() ? marks[j + 1].open : static_cast<uint32_t>(toks.size());
        for (uint32_t k = n.close + 1; k < next_limit && k < n.close + 16; ++k) {
          if (ParagraphBreakBetween(doc, k - 1, k)) {
            next_limit = k;
            break;
          }
        }
        Attribution own;
        const bool n_opens = n.open == doc.sentences[sent_of[n.open]].token_begin;
        if (AttributionAfter(toks, n.close, next_limit, &own, n_opens) && own.has_speaker) break;
      }
      consumed[j] = true;
      last_close = n.close;
      cursor = n.close;
      gap = 1;
      if (!n.closed) break;
    }
    if (!found) found = AttributionBefore(toks, m.open, floor, &a);
    // "Gingrich dismissed Estonia as being in the “suburbs of St. Petersburg”", "what she
    // called a “rant”", "a doctor had typed “homicidal ideation”": inside a sentence the
    // subject of the nearest verb before the quotation speaks.
    const bool nested = i > 0 && marks[i - 1].close + 1 >= m.open;  // inside another quotation
    if (!found && m.open > s.token_begin && !m.single && !nested) {
      const uint32_t stop = m.open > s.token_begin + 25 ? m.open - 25 : s.token_begin;
      for (uint32_t k = m.open; k-- > stop;) {
        if (IsQuoteMarkToken(toks[k])) break;
        SpeakerMention sp;
        // "…, arguing that police killings should be recognized as “intolerable”": a
        // participle clause speaks for the subject of its sentence.
        if ((QuoteCueFlags(toks[k].norm) & kCueGerund) && k > s.token_begin &&
            toks[k - 1].norm == ",") {
          if (SentenceSubject(toks, s, &sp) && sp.end <= k) {
            a = Attribution{};
            a.cue = k;
            a.cue_end = k + 1;
            a.has_speaker = true;
            a.speaker = sp;
            a.last = m.open - 1;
            found = true;
          }
          break;
        }
        if (!IsFiniteVerb(toks[k])) continue;
        // Passives ("should be recognized as") have no speaking subject.
        if (k > s.token_begin && toks[k - 1].pos == Pos::kAux &&
            (toks[k - 1].norm == "be" || toks[k - 1].norm == "been" || toks[k - 1].norm == "being" ||
             toks[k - 1].norm == "is" || toks[k - 1].norm == "was" || toks[k - 1].norm == "are" ||
             toks[k - 1].norm == "were")) {
          continue;
        }
        if (SpeakerBefore(toks, s.token_begin, k, &sp)) {
          a = Attribution{};
          a.cue = k;
          a.cue_end = k + 1;
          a.has_speaker = true;
          a.speaker = sp;
          a.last = m.open - 1;
          found = true;
          break;
        }
      }
    }
    // "“…” most people don’t know,” she said. “We have no context …”": a quotation opening
    // the sentence after an attribution of the previous quotation continues its speaker.
    if (!found && m.open >= 4 && toks[m.open - 1].norm == "." && !nested) {
      uint32_t mark = m.open - 1;
      while (mark > 0 && mark + 12 > m.open && !IsQuoteMarkToken(toks[mark - 1]) &&
             toks[mark - 1].norm != ".") {
        --mark;
      }
      if (mark > 0 && IsQuoteMarkToken(toks[mark - 1]) && mark + 1 < m.open &&
          !ParagraphBreakBetween(doc, mark - 1, m.open)) {
        Attribution prev;
        if (AttributionAfter(toks, mark - 1, m.open - 1, &prev) && prev.has_speaker &&
            prev.last + 2 == m.open) {
          a = prev;
          found = true;
        }
      }
    }
    // "On July 6, 2015, Sanders made the following comment: “…”", "President Obama is
    // rolling out a new message: “It's about me.”": after a colon the subject of the
    // introducing sentence speaks.
    if (!found && m.open > floor && toks[m.open - 1].norm == ":" && !nested) {
      const Sentence& intro = doc.sentences[sent_of[m.open - 1]];
      SpeakerMention sp;
      if (SentenceSubject(toks, intro, &sp) && sp.end < m.open - 1) {
        a = Attribution{};
        a.cue = m.open - 1;
        a.cue_end = m.open;
        a.has_speaker = true;
        a.speaker = sp;
        a.last = m.open - 1;
        found = true;
      }
    }
    const uint32_t words = m.close - m.open - 1;
    // Inside a sentence, an unattributed quotation is the sentence subject's words:
    // "Gingrich dismissed Estonia as the “suburbs of St. Petersburg”".
    const bool inside = m.open > s.token_begin && !m.single;
    if (!found && (m.single || words < (inside ? 2 : kMinUnattributedTokens))) continue;
    // Titles of shows, books and slogans in running text (NBC's “Nightly News,” his book
    // ''Make Your Kid a Millionaire'') are names, not speech.
    const bool speech_cue = found && (QuoteCueFlags(toks[a.cue].norm) & kQuoteCue) &&
                            (m.open == 0 || toks[m.open - 1].pos != Pos::kPossessive);
    if (inside && !speech_cue && last_close == m.close && toks[m.open - 1].norm != ":" &&
        toks[m.open - 1].norm != "," && IsTitleCased(doc, toks, m.open + 1, m.close)) {
      continue;
    }
    Pending p;
    p.quote.span = TokenSpan(doc, content == m.open + 1 ? m.open : content, last_close + 1);
    p.quote.direct = true;
    p.sentence = sent_of[m.open];
    if (found) {
      p.quote.cue = TokenSpan(doc, a.cue, a.cue_end);
      p.has_speaker = a.has_speaker;
      p.speaker = a.speaker;
      p.inherit = a.inherit;
      p.cue = a.cue;
    } else {
      p.inherit = true;  // a quotation running on from the previous speaker
      p.subject = inside;
      uint32_t content_words = 0;
      for (uint32_t k = m.open + 1; k < last_close; ++k) {
        content_words += toks[k].pos != Pos::kPunct;
      }
      p.scare = content_words <= kMaxScareQuoteWords;
    }
    out->push_back(p);
  }
}

}  // namespace

void RecogniseQuotes(Document& doc) {
  const std::vector<Token>& toks = doc.tokens;
  if (toks.empty() || doc.sentences.empty()) return;
  std::vector<uint32_t> sent_of(toks.size(), 0);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    // Bounds read once: the stores into sent_of could otherwise alias them.
    const uint32_t b = doc.sentences[s].token_begin;
    const uint32_t e = std::min<uint32_t>(doc.sentences[s].token_end, toks.size());
    if (b < e) std::fill(sent_of.begin() + b, sent_of.begin() + e, s);
  }
  const std::vector<MarkedQuote> marks = FindMarkedQuotes(doc);
  std::vector<bool> quoted(toks.size(), false);
  for (const MarkedQuote& m : marks) {
    for (uint32_t i = m.open; i <= m.close && i < toks.size(); ++i) quoted[i] = true;
  }
  std::vector<Pending> pending;
  std::vector<IndirectQuote> indirect;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sent = doc.sentences[s];
    indirect.clear();
    FindIndirect(toks, sent.token_begin, std::min<uint32_t>(sent.token_end, toks.size()), quoted,
                 &indirect);
    for (const IndirectQuote& iq : indirect) {
      Pending p;
      p.quote.span = TokenSpan(doc, iq.content_begin, iq.content_end);
      p.quote.direct = false;
      p.quote.cue = TokenSpan(doc, iq.cue, iq.cue_end);
      p.has_speaker = iq.has_speaker;
      p.speaker = iq.speaker;
      p.inherit = !iq.has_speaker;
      p.sentence = s;
      p.cue = iq.cue;
      pending.push_back(p);
    }
  }
  // A direct quotation inside reported content ("said that … “keep it under wraps.”") is
  // part of that attribution, as annotators mark it.
  std::vector<bool> consumed(marks.size(), false);
  for (size_t i = 0; i < marks.size(); ++i) {
    const Span qs = TokenSpan(doc, marks[i].open, marks[i].close + 1);
    for (const Pending& p : pending) {
      if (p.quote.span.Overlaps(qs) && p.quote.span.size() > qs.size()) consumed[i] = true;
    }
  }
  AddDirect(doc, marks, sent_of, consumed, &pending);
  std::sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
    return a.quote.span.begin < b.quote.span.begin;
  });
  SpeakerResolver resolver(doc);
  doc.quotes.reserve(doc.quotes.size() + pending.size());
  const Quote* previous = nullptr;
  uint32_t previous_sentence = UINT32_MAX;
  for (Pending& p : pending) {
    const Sentence& s = doc.sentences[p.sentence];
    if (p.has_speaker) {
      resolver.Resolve(p.speaker, &p.quote);
    } else if (p.inherit) {
      SpeakerMention subject;
      // A participle clause ("…, accusing Russia of …") continues the speaker of its own
      // sentence; an unattributed quotation continues the last speaker nearby.
      const bool near = !p.subject && previous && previous->speaker_span &&
                        (p.cue == UINT32_MAX ? p.quote.span.begin - previous->span.end < 2000
                                             : previous_sentence == p.sentence);
      if (near) {
        p.quote.speaker_span = previous->speaker_span;
        p.quote.speaker_name = previous->speaker_name;
        p.quote.speaker_code = previous->speaker_code;
      } else if (SentenceSubject(toks, s, &subject)) {
        resolver.Resolve(subject, &p.quote);
      }
    }
    if (p.scare && !p.quote.speaker_span) continue;
    p.quote.medium = std::string(FindMedium(doc, s, p.cue));
    doc.quotes.push_back(std::move(p.quote));
    previous = &doc.quotes.back();
    previous_sentence = p.sentence;
  }
}

}  // namespace faultline
