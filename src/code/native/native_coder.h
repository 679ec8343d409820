// NativeCoder: faultline's own event coder over the native dictionaries.
//
// For every verb (and event noun) in a sentence it picks the most specific matching
// pattern, finds the clause's source and target actors (subjects, objects, passive
// agents, relative-clause antecedents, coordinated actors, resolved pronouns), and
// records negation, modality and attribution (reported speech and quotations). A
// sentence that is a question or an imperative, or that contains a discard phrase,
// codes nothing; nothing is coded without a matching pattern.
#pragma once

#include <memory>
#include <string>

#include "code/event_coder.h"
#include "code/native/verb_dictionary.h"

namespace faultline {

struct NativeCoderOptions {
  uint32_t max_events_per_sentence = 8;
};

class NativeCoder : public EventCoder {
 public:
  static Status Load(const std::string& data_dir, const std::string& version,
                     std::unique_ptr<NativeCoder>* coder);
  void Code(Document& doc) const override;
  const std::string& version() const override { return version_; }
  const VerbDictionary& verbs() const { return verbs_; }

 private:
  VerbDictionary verbs_;
  std::string version_;
  NativeCoderOptions options_;
};

}  // namespace faultline
