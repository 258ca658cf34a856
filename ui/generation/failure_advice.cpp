#include "ui/generation/failure_advice.h"

#include <QCoreApplication>

namespace copydesk::ui {
namespace {

struct FailureAdvice {
  Q_DECLARE_TR_FUNCTIONS(FailureAdvice)
};

}  // namespace

QString failureAdvice(const SlotInfo& slot, const SlotEnd& end) {
  const QString profile = QString::fromStdString(slot.profile);
  const QString model = QString::fromStdString(slot.model);
  const QString keyVariable = QString::fromStdString(slot.apiKeyEnv);
  switch (end.httpStatus) {
    case 401:
    case 403:
      if (keyVariable.isEmpty()) return FailureAdvice::tr("Check the API key of profile “%1” in Settings.").arg(profile);
      return FailureAdvice::tr("Check the API key of profile “%1” in Settings (it is read from the environment variable %2).")
          .arg(profile, keyVariable);
    case 404:
      return FailureAdvice::tr("Check the model name “%1” of profile “%2”: the provider does not know it.").arg(model, profile);
    case 400:
      return FailureAdvice::tr("The provider refused the request: check the template and the parameters of profile “%1”.")
          .arg(profile);
    case 429:
      return FailureAdvice::tr("The provider is limiting requests: wait a minute and retry, or lower the rate limits of "
                "profile “%1” in Settings.")
          .arg(profile);
    case 0:
      break;
    default:
      if (end.httpStatus >= 500) return FailureAdvice::tr("The provider had a problem on its side: retry in a moment.");
      return FailureAdvice::tr("Retry, or check profile “%1” in Settings.").arg(profile);
  }
  if (end.outcome == GenerationOutcome::Cancelled) return FailureAdvice::tr("Stopped. Retry to generate this one again.");
  return FailureAdvice::tr("Could not reach %1 at %2: is it running, and is the address in profile “%3” right?")
      .arg(profile, QString::fromStdString(slot.baseUrl), profile);
}

}  // namespace copydesk::ui
