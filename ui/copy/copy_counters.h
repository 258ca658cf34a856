#pragma once

#include <QWidget>

#include <optional>

#include "core/checks/channel_limits.h"
#include "core/checks/text_measure.h"

class QLabel;

namespace copydesk::ui {

// Under the working copy: its characters, CJK width and bytes, and how it stands against the
// chosen channel's limit for its field (red, and by how much, once past it).
class CopyCounters final : public QWidget {
  Q_OBJECT

 public:
  explicit CopyCounters(QWidget* parent = nullptr);

  void setText(const QString& text);
  // The limit the text is held to; none: the channel has no limit for this field.
  void setLimit(std::optional<ChannelLimit> limit, const QString& channelLabel, const QString& fieldLabel);

  const TextMeasure& measure() const { return m_measure; }
  bool isOverLimit() const { return m_check && m_check->over(); }
  QString countsText() const;
  QString limitText() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void refresh();
  QString describeLimit() const;

  std::string m_text;
  TextMeasure m_measure;
  std::optional<ChannelLimit> m_limit;
  std::optional<LimitCheck> m_check;
  QString m_channelLabel;
  QString m_fieldLabel;
  QLabel* m_counts;
  QLabel* m_limitLabel;
};

}  // namespace copydesk::ui
