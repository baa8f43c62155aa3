package org.opencsc.tasks.web;

import org.jspecify.annotations.Nullable;
import org.opencsc.council.ChildRow;
import org.opencsc.tasks.Task;
import org.opencsc.tasks.Tasks;

/** An allocated child with how many of their tasks are overdue and the most urgent one. */
record ChildWork(ChildRow child, long overdue, @Nullable Task next) {

  static ChildWork of(ChildRow child, Tasks tasks) {
    return new ChildWork(
        child, tasks.overdueFor(child.childId()), tasks.nextFor(child.childId()).orElse(null));
  }
}
