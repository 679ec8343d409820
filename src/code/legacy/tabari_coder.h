// TabariCoder: the EventCoder for TABARI dictionaries (`faultline code --dictionaries
// DIR` with DIR holding a TABARI project). Each sentence of the Document is coded as one
// TABARI record dated with the article's date; TABARI's own actor dictionary finds the
// actors, so the pipeline's recogniser is skipped.
#pragma once

#include <memory>
#include <string>

#include "code/event_coder.h"
#include "code/legacy/tabari_engine.h"
#include "code/legacy/tabari_project.h"

namespace faultline {

class TabariCoder : public EventCoder {
 public:
  // Loads the TABARI project or dictionary files in `dir`.
  static Status Load(const std::string& dir, std::unique_ptr<TabariCoder>* coder);

  void Code(Document& doc) const override;
  bool owns_actors() const override { return true; }
  const std::string& version() const override { return version_; }

  const tabari::TabariOptions& options() const { return setup_.options; }

 private:
  TabariCoder() = default;
  tabari::TabariSetup setup_;
  std::unique_ptr<tabari::TabariEngine> engine_;
  std::string version_;
};

}  // namespace faultline
