#pragma once

#include <QObject>
#include <QString>

class QMimeData;

namespace copydesk::ui {

// Lets a window take a catalog file dropped on it: installed as an event filter on a widget that
// accepts drops, it accepts one local .csv, .tsv, .txt or .json file and announces it.
class CatalogDropFilter final : public QObject {
  Q_OBJECT

 public:
  using QObject::QObject;

  // The dropped catalog file, or an empty string when the data is not exactly one such file.
  static QString catalogFile(const QMimeData* data);

 signals:
  void fileDropped(const QString& path);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
};

}  // namespace copydesk::ui
