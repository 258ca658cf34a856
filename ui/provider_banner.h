#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace copydesk::ui {

class ProviderProbe;

// A short guide to configuring a model provider, shown above the editor until dismissed. It says
// whether generation can work right now and, when not, why — and that everything else works.
class ProviderBanner final : public QFrame {
  Q_OBJECT

 public:
  ProviderBanner(const ProviderProbe& probe, QWidget* parent = nullptr);

  void refresh();  // re-reads the probe's state
  QString text() const;

 signals:
  void dismissed();

 private:
  const ProviderProbe& m_probe;
  QLabel* m_text;
  QToolButton* m_close;
};

}  // namespace copydesk::ui
