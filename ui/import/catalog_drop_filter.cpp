#include "ui/import/catalog_drop_filter.h"

#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace copydesk::ui {

QString CatalogDropFilter::catalogFile(const QMimeData* data) {
  if (!data || !data->hasUrls() || data->urls().size() != 1) return {};
  const QUrl url = data->urls().front();
  if (!url.isLocalFile()) return {};
  const QString path = url.toLocalFile();
  static const QStringList kSuffixes = {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"),
                                        QStringLiteral("json")};
  return kSuffixes.contains(QFileInfo(path).suffix(), Qt::CaseInsensitive) ? path : QString();
}

bool CatalogDropFilter::eventFilter(QObject* watched, QEvent* event) {
  switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
      auto* drag = static_cast<QDragMoveEvent*>(event);  // QDragEnterEvent is a QDragMoveEvent
      if (catalogFile(drag->mimeData()).isEmpty()) return false;
      drag->acceptProposedAction();
      return true;
    }
    case QEvent::Drop: {
      auto* drop = static_cast<QDropEvent*>(event);
      const QString path = catalogFile(drop->mimeData());
      if (path.isEmpty()) return false;
      drop->acceptProposedAction();
      emit fileDropped(path);
      return true;
    }
    default: return QObject::eventFilter(watched, event);
  }
}

}  // namespace copydesk::ui
