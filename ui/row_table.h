#pragma once

class QTableView;

namespace copydesk::ui {

// The studio's lists of records (products, review queue, history, audit trail) look and behave
// alike: whole rows selected, several at once, alternating colours, one line per row. Rows have a
// fixed height, so the view never measures rows it does not show (paged models rely on that).
// stretchColumn takes the room the other columns leave; -1 stretches the last one.
void setUpRowTable(QTableView* view, int stretchColumn = -1);

}  // namespace copydesk::ui
