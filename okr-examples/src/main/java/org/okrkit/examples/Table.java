package org.okrkit.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rows of cells printed in aligned columns: each column as wide as its widest cell, two spaces
 * apart. Widths are measured on the plain text, and a cell's colour is wrapped around it after
 * padding, so colour never shifts a column.
 */
final class Table {

  private final String indent;
  private final List<List<Cell>> rows = new ArrayList<>();

  Table(String indent) {
    this.indent = Objects.requireNonNull(indent, "indent");
  }

  /** A cell: its text and the ANSI style to print it in, empty for none. */
  record Cell(String text, String style) {
    Cell {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(style, "style");
    }

    static Cell plain(String text) {
      return new Cell(text, "");
    }
  }

  Table header(String... titles) {
    List<Cell> row = new ArrayList<>();
    for (String title : titles) {
      row.add(new Cell(title, Style.BOLD));
    }
    rows.add(row);
    return this;
  }

  Table row(Cell... cells) {
    rows.add(List.of(cells));
    return this;
  }

  Table row(String... cells) {
    List<Cell> row = new ArrayList<>();
    for (String cell : cells) {
      row.add(Cell.plain(cell));
    }
    rows.add(row);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void appendTo(StringBuilder out, Style style) {
    List<Integer> widths = new ArrayList<>();
    for (List<Cell> row : rows) {
      for (int column = 0; column < row.size(); column++) {
        int width = row.get(column).text().length();
        if (column == widths.size()) {
          widths.add(width);
        } else if (width > widths.get(column)) {
          widths.set(column, width);
        }
      }
    }
    for (List<Cell> row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int column = 0; column < row.size(); column++) {
        Cell cell = row.get(column);
        boolean last = column == row.size() - 1;
        line.append(style.apply(cell.style(), cell.text()));
        if (!last) {
          line.append(" ".repeat(widths.get(column) - cell.text().length() + 2));
        }
      }
      out.append(stripTrailing(line)).append('\n');
    }
  }

  private static String stripTrailing(StringBuilder line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    return line.substring(0, end);
  }
}
