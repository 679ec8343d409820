// Test helper: runs segmentation, tagging and timex recognition on a text.
#pragma once

#include <string>
#include <vector>

#include "faultline/document.h"
#include "recognise/timex/recognise_timex.h"
#include "segment/lexicon.h"
#include "segment/segmenter.h"
#include "segment/tagger.h"

namespace faultline::timex_test {

// WordNet when installed (as in production); the tagger still knows the closed classes
// without it, which is all the tense rules need.
inline const Lexicon& TestLexicon() {
  static const Lexicon* lex = [] {
    auto* l = new Lexicon();
    (void)l->Load("/usr/share/wordnet");
    return l;
  }();
  return *lex;
}

inline Document Run(const std::string& text, const std::string& date) {
  Document doc;
  doc.text = text;
  doc.date = date;
  Segment(doc);
  Tag(doc, TestLexicon());
  RecogniseTimex(doc);
  return doc;
}

struct Found {
  std::string text, type, value;
};

inline std::vector<Found> Timexes(const std::string& text, const std::string& date) {
  const Document doc = Run(text, date);
  std::vector<Found> out;
  for (const Timex& t : doc.timex) out.push_back({std::string(doc.Text(t.span)), t.type, t.value});
  return out;
}

// The single expression found in `text`, or an empty Found when there is not exactly one.
inline Found One(const std::string& text, const std::string& date) {
  const std::vector<Found> all = Timexes(text, date);
  return all.size() == 1 ? all[0] : Found{};
}

}  // namespace faultline::timex_test
