#include "code/legacy/tabari_coder.h"

#include <cstdio>

namespace faultline {

namespace {

// "YYYY-MM-DD" (or a prefix) to TABARI's day count; articles without a date are coded
// as of the latest date TABARI knows, so open-ended date restrictions apply.
long ArticleJulian(const std::string& date, std::string* yymmdd) {
  long julian = 0;
  if (date.size() >= 10 && date[4] == '-' && date[7] == '-') {
    std::string compact = date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2);
    if (tabari::ParseTabariDate(compact, true, &julian)) {
      *yymmdd = compact.substr(2);
      return julian;
    }
  }
  tabari::ParseTabariDate("20291231", true, &julian);
  *yymmdd = "291231";
  return julian;
}

ActorRef Ref(const Document& doc, uint32_t base, const std::string& code, uint32_t b, uint32_t e) {
  ActorRef ref;
  ref.code = code;
  if (e > b) {
    ref.span = {base + b, base + e};
    ref.name = std::string(doc.Text(ref.span));
  } else {
    ref.name = code;
  }
  return ref;
}

}  // namespace

Status TabariCoder::Load(const std::string& dir, std::unique_ptr<TabariCoder>* coder) {
  std::unique_ptr<TabariCoder> c(new TabariCoder());
  FL_RETURN_IF_ERROR(tabari::LoadTabariDirectory(dir, &c->setup_));
  c->engine_ = std::make_unique<tabari::TabariEngine>(c->setup_.dict.get());
  c->version_ = "tabari:" + dir;
  *coder = std::move(c);
  return Status::Ok();
}

void TabariCoder::Code(Document& doc) const {
  tabari::RecordContext ctx;
  ctx.julian = ArticleJulian(doc.date, &ctx.date);
  tabari::ForwardMemory memory;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& sentence = doc.sentences[si];
    const uint32_t base = sentence.span.begin;
    ctx.can_forward = setup_.options.use_forward && si > 0;
    const tabari::TabariResult result =
        engine_->CodeSentence(doc.Text(sentence.span), ctx, setup_.options, &memory);
    for (const tabari::TabariActor& ta : result.actors) {
      ActorMention m;
      m.span = {base + ta.begin, base + ta.end};
      m.sentence = si;
      // The tokens under the span, when the pipeline has tokenised the document.
      m.token_begin = m.token_end = sentence.token_begin;
      for (uint32_t t = sentence.token_begin; t < sentence.token_end && t < doc.tokens.size();
           ++t) {
        if (doc.tokens[t].span.end <= m.span.begin) m.token_begin = t + 1;
        if (doc.tokens[t].span.begin < m.span.end) m.token_end = t + 1;
      }
      m.code = ta.code;
      m.name = ta.phrase;
      m.entries.push_back("tabari:" + ta.phrase);
      doc.actors.push_back(std::move(m));
    }
    for (const tabari::TabariEvent& te : result.events) {
      Event e;
      e.sentence = si;
      e.code = te.code;
      e.span = {base + te.verb_begin, base + te.verb_end};
      e.source = Ref(doc, base, te.source, te.source_begin, te.source_end);
      if (te.target != "***") e.target = Ref(doc, base, te.target, te.target_begin, te.target_end);
      e.confidence = 1.0;
      e.provenance.pattern = te.pattern;
      e.provenance.dictionary_version = version_;
      doc.events.push_back(std::move(e));
    }
  }
}

}  // namespace faultline
