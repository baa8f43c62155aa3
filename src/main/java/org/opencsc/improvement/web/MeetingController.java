package org.opencsc.improvement.web;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opencsc.improvement.ImprovementPlan;
import org.opencsc.improvement.Meeting;
import org.opencsc.improvement.MeetingDraft;
import org.opencsc.improvement.MeetingKind;
import org.opencsc.improvement.Meetings;
import org.opencsc.web.Breadcrumb;
import org.opencsc.web.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Board and committee meetings ({@code /improvement/meetings}): the list, one meeting with the
 * actions it raised, and the forms (administrators, directors, performance analysts). An action a
 * meeting raises is created from the meeting's page and tracked in the plan like any other.
 */
@Controller
@PreAuthorize(Access.READ)
class MeetingController {

  static final Breadcrumb MEETINGS =
      Breadcrumb.message("improvement.meetings.title", "/improvement/meetings");

  private final Meetings meetings;
  private final ImprovementPlan plan;
  private final ImprovementPages pages;

  MeetingController(Meetings meetings, ImprovementPlan plan, ImprovementPages pages) {
    this.meetings = meetings;
    this.plan = plan;
    this.pages = pages;
  }

  @GetMapping("/improvement/meetings")
  String list(Model model) {
    model.addAttribute("meetings", meetings.meetings());
    model.addAttribute("breadcrumbs", List.of(ImprovementPages.PLAN));
    return "improvement/meetings";
  }

  @GetMapping("/improvement/meetings/{id:\\d{1,18}}")
  String meeting(@PathVariable long id, Model model) {
    Meeting meeting = find(id);
    LocalDate today = pages.today();
    var areas = pages.serviceAreas();
    model.addAttribute("meeting", meeting);
    model.addAttribute(
        "rows", plan.raisedBy(id).stream().map(a -> ActionRow.of(a, today, areas)).toList());
    model.addAttribute("breadcrumbs", List.of(ImprovementPages.PLAN, MEETINGS));
    return "improvement/meeting";
  }

  @GetMapping("/improvement/meetings/new")
  @PreAuthorize(Access.RECORD)
  String newMeeting(Model model) {
    FormErrors.none(model);
    return form(null, MeetingForm.empty(), model);
  }

  @PostMapping("/improvement/meetings")
  @PreAuthorize(Access.RECORD)
  String add(
      @ModelAttribute MeetingForm form,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    FormErrors errors = new FormErrors();
    MeetingDraft draft = draft(form, errors);
    if (draft == null) {
      errors.show(model);
      return form(null, form, model);
    }
    long id = meetings.add(draft, user.getName());
    redirect.addFlashAttribute("saved", "improvement.meeting.added");
    return "redirect:/improvement/meetings/" + id;
  }

  @GetMapping("/improvement/meetings/{id:\\d{1,18}}/edit")
  @PreAuthorize(Access.RECORD)
  String edit(@PathVariable long id, Model model) {
    Meeting meeting = find(id);
    FormErrors.none(model);
    return form(meeting, MeetingForm.of(meeting), model);
  }

  @PostMapping("/improvement/meetings/{id:\\d{1,18}}")
  @PreAuthorize(Access.RECORD)
  String change(
      @PathVariable long id,
      @ModelAttribute MeetingForm form,
      Authentication user,
      Model model,
      RedirectAttributes redirect) {
    Meeting meeting = find(id);
    FormErrors errors = new FormErrors();
    MeetingDraft draft = draft(form, errors);
    if (draft == null) {
      errors.show(model);
      return form(meeting, form, model);
    }
    meetings.change(id, draft, user.getName());
    redirect.addFlashAttribute("saved", "improvement.meeting.changed");
    return "redirect:/improvement/meetings/" + id;
  }

  private String form(@Nullable Meeting meeting, MeetingForm form, Model model) {
    model.addAttribute("meeting", meeting);
    model.addAttribute("form", form);
    model.addAttribute("kinds", MeetingKind.values());
    model.addAttribute(
        "breadcrumbs",
        meeting == null
            ? List.of(ImprovementPages.PLAN, MEETINGS)
            : List.of(
                ImprovementPages.PLAN,
                MEETINGS,
                Breadcrumb.text(meeting.title(), "/improvement/meetings/" + meeting.meetingId())));
    return "improvement/meeting-form";
  }

  private static @Nullable MeetingDraft draft(MeetingForm form, FormErrors errors) {
    MeetingKind kind = null;
    if (form.kind() == null || !InspectionController.known(MeetingKind.values(), form.kind())) {
      errors.add("kind", "improvement.error.meeting-kind.missing");
    } else {
      kind = MeetingKind.of(form.kind());
    }
    LocalDate heldOn = errors.date(form.heldOn(), "heldOn");
    String title = errors.text(form.title(), "title", 300, true, "meeting-title");
    String attendees = errors.text(form.attendees(), "attendees", 4000, false);
    String decisions = errors.text(form.decisions(), "decisions", 8000, false);
    if (errors.any() || kind == null || heldOn == null) {
      return null;
    }
    return new MeetingDraft(kind, heldOn, title, attendees, decisions);
  }

  private Meeting find(long id) {
    return meetings.meeting(id).orElseThrow(() -> new NotFoundException("meeting " + id));
  }
}
