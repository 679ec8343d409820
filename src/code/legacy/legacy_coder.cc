#include "code/legacy/legacy_coder.h"

#include "code/legacy/petrarch_coder.h"
#include "code/legacy/petrarch_dictionaries.h"
#include "code/legacy/tabari_coder.h"
#include "code/legacy/tabari_project.h"

namespace faultline {

LegacyFormat DetectLegacyFormat(const std::string& dir) {
  // --- TABARI: a .project file, or .verbs and .actors files.
  if (tabari::IsTabariDirectory(dir)) return LegacyFormat::kTabari;
  // --- PETRARCH: a CAMEO verb-pattern file ("--- NAME [CODE] ---" blocks) among *.txt.
  if (petrarch::IsPetrarchDirectory(dir)) return LegacyFormat::kPetrarch;
  return LegacyFormat::kNone;
}

Status LoadLegacyCoder(const std::string& dir, std::unique_ptr<EventCoder>* coder) {
  switch (DetectLegacyFormat(dir)) {
    case LegacyFormat::kTabari: {
      std::unique_ptr<TabariCoder> tabari;
      FL_RETURN_IF_ERROR(TabariCoder::Load(dir, &tabari));
      *coder = std::move(tabari);
      return Status::Ok();
    }
    case LegacyFormat::kPetrarch: {
      // --- PETRARCH: verbs, actors, agents, discards, issues, ontology beside each other.
      std::unique_ptr<petrarch::PetrarchCoder> petrarch;
      FL_RETURN_IF_ERROR(petrarch::PetrarchCoder::Create(dir, nullptr, &petrarch));
      *coder = std::move(petrarch);
      return Status::Ok();
    }
    case LegacyFormat::kNone:
      break;
  }
  return Status::NotFound(dir + ": no TABARI or PETRARCH dictionaries");
}

}  // namespace faultline
