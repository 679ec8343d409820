#include "cli/table_writer.h"

#include <iomanip>

#include "code/cameo.h"

namespace faultline::cli {
namespace {

std::string Clip(std::string_view s, size_t width) {
  std::string out(s.substr(0, width));
  for (char& c : out) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return out;
}

}  // namespace

void WriteTable(const Document& doc, std::ostream& out) {
  out << "== " << doc.id << (doc.date.empty() ? "" : "  (" + doc.date + ")") << '\n';
  if (!doc.error.empty()) {
    out << "   error: " << doc.error << "\n\n";
    return;
  }
  out << std::left << std::setw(4) << "s#" << std::setw(6) << "code" << std::setw(12) << "source"
      << std::setw(12) << "target" << std::setw(11) << "date" << std::setw(13) << "modality"
      << "trigger / name\n";
  for (const Event& e : doc.events) {
    const CameoCode* info = LookupCameo(e.code);
    std::string modality = ModalityName(e.modality);
    if (e.negated) modality = "not " + modality;
    out << std::setw(4) << e.sentence << std::setw(6) << e.code << std::setw(12)
        << (e.source ? e.source->code : "-") << std::setw(12) << (e.target ? e.target->code : "-")
        << std::setw(11) << (e.date.empty() ? "-" : e.date) << std::setw(13) << modality
        << Clip(doc.Text(e.span), 24) << "  " << (info ? Clip(info->name, 40) : "") << '\n';
    if (e.attributed_to) out << "      attributed to " << e.attributed_to->name << '\n';
  }
  out << '\n';
}

}  // namespace faultline::cli
