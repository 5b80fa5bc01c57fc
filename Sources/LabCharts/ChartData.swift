import Foundation

/// What makes a chart interactive on a page, in one place: the data the SVG carries as
/// attributes, and the one small script (with its style sheet) that reads them.
///
/// Every chart writes its data into the SVG itself, so a file opened alone still shows it:
///
/// - a **point** (a line chart's marker, a bar) has `data-x`, `data-y` and a `<title>` child,
///   the browser's own tooltip without any script ("relu train: epoch 3, accuracy 0.8571");
/// - everything drawn for one **series** (a line's path, its markers, a bar series' group) and
///   its **legend entry** carry `data-series="name"`, and `data-group` when several series
///   belong together (an activation's first-step and last-epoch lines);
/// - a decision boundary's **heatmap** may carry its history, `data-frames` (one run-length
///   encoded grid per epoch, see `BoundaryFrames`), with `data-columns`, `data-rows`,
///   `data-plot` (the plot's x, y, width, height) and `data-tints` (the fill per cell symbol).
///
/// `script`, inlined once in a page, turns every `<figure class="chart">` holding such an SVG
/// into an interactive chart: hovering a point shows its series and values in a tooltip, a
/// click on a legend entry hides or shows its series (the entry fades), a chart with more than
/// `pickerThreshold` series gets a row of checkboxes, one per group, and a chart with boundary
/// frames gets an epoch slider. Nothing is hidden until the reader asks, so with scripts
/// disabled the static SVG shows everything (and a boundary at its final epoch).
///
/// Opened as `index.html#selftest`, the script checks itself in the real browser it runs in:
/// it dispatches mouse events on what lies under a point and under a legend entry (as a
/// pointer would hit it), checks each chart's size, the tooltip's visibility and text and the
/// hidden series' computed `display`, tries the pickers and sliders, puts everything back, and
/// writes `PASS`/`FAIL` lines into `<pre id="selftest">` (what the browser test reads).
public enum ChartData {
    /// A chart with more series than this gets a picker above it.
    public static let pickerThreshold = 6

    /// The `data-series` and `data-group` attributes of a series' elements.
    static func seriesAttributes(_ series: String?, group: String? = nil) -> [(String, String)] {
        guard let series else { return [] }
        var attributes = [("data-series", series)]
        if let group, group != series { attributes.append(("data-group", group)) }
        return attributes
    }

    /// A data value as points and tooltips write it: four significant digits, "2.612e-10".
    static func value(_ value: Double) -> String {
        String(format: "%.4g", value)
    }

    /// An axis title without its explanation in parentheses, for a tooltip: "layer (1 = next
    /// to the input, 5 = output)" → "layer".
    static func shortLabel(_ label: String) -> String {
        String(label.prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces)
    }

    /// `"name value"`, or the value alone for an unnamed axis.
    static func labelled(_ label: String, _ value: String) -> String {
        let name = shortLabel(label)
        return name.isEmpty ? value : "\(name) \(value)"
    }

    /// The page's CSS for interactive charts (system fonts, no external file).
    public static let style = """
        figure.chart svg { display: block; max-width: 100%; height: auto; }
        .legend-entry[data-series] { cursor: pointer; pointer-events: bounding-box; }
        .legend-entry.off { opacity: 0.3; }
        .legend-entry.off text { text-decoration: line-through; }
        [data-tip].hover { stroke: #222222; stroke-width: 2.5px; }
        #chart-tooltip { position: absolute; display: none; pointer-events: none; z-index: 10;
                         background: #ffffff; border: 1px solid #888888; border-radius: 3px; padding: 0.2em 0.5em;
                         font-size: 0.85em; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2); white-space: nowrap; }
        #chart-tooltip.visible { display: block; }
        .picker, .slider { margin: 0.3em 0; font-size: 0.9em; }
        .picker label { margin-right: 0.9em; white-space: nowrap; cursor: pointer; }
        .slider input { width: 60%; vertical-align: middle; }
        figure.empty { border-left: 3px solid #cccccc; padding-left: 0.8em; }
        #selftest { background: #f4f4f4; padding: 0.5em; }
        """

    /// The page's script for interactive charts: see the type's documentation.
    public static let script = #"""
        (function () {
          "use strict";
          var each = function (list, body) { Array.prototype.forEach.call(list, body); };
          var tip = null;
          function tooltip() {
            if (!tip) {
              tip = document.createElement("div");
              tip.id = "chart-tooltip";
              tip.setAttribute("role", "status");
              document.body.appendChild(tip);
            }
            return tip;
          }
          function drawn(svg, name) {
            return Array.prototype.filter.call(svg.querySelectorAll("[data-series]"), function (e) {
              return e.getAttribute("data-series") === name && !e.classList.contains("legend-entry");
            });
          }
          function setHidden(svg, name, hidden) {
            each(drawn(svg, name), function (e) { e.style.display = hidden ? "none" : ""; });
            each(svg.querySelectorAll(".legend-entry"), function (e) {
              if (e.getAttribute("data-series") !== name) return;
              e.classList.toggle("off", hidden);
              e.setAttribute("aria-pressed", String(!hidden));
            });
          }
          function groupOf(entry) { return entry.getAttribute("data-group") || entry.getAttribute("data-series"); }
          var current = null;
          function showTip(point) {
            if (current) current.classList.remove("hover");
            current = point;
            point.classList.add("hover");
            var t = tooltip(), r = point.getBoundingClientRect();
            t.textContent = point.getAttribute("data-tip");
            t.classList.add("visible");
            var left = r.right + 10;
            if (left + t.offsetWidth > document.documentElement.clientWidth) left = Math.max(0, r.left - 10 - t.offsetWidth);
            t.style.left = (window.scrollX + left) + "px";
            t.style.top = (window.scrollY + r.top - t.offsetHeight - 4) + "px";
          }
          function hideTip() {
            if (current) current.classList.remove("hover");
            current = null;
            if (tip) tip.classList.remove("visible");
          }
          function nearest(svg, event) {
            var target = event.target && event.target.closest ? event.target.closest("[data-tip]") : null;
            if (target) return target;
            var best = null, bestDistance = 14 * 14;
            each(svg.querySelectorAll("[data-tip]"), function (p) {
              var r = p.getBoundingClientRect();
              if (r.width === 0) return;
              var dx = Math.max(r.left - event.clientX, 0, event.clientX - r.right);
              var dy = Math.max(r.top - event.clientY, 0, event.clientY - r.bottom);
              if (dx * dx + dy * dy < bestDistance) { bestDistance = dx * dx + dy * dy; best = p; }
            });
            return best;
          }
          function picker(figure, svg) {
            var entries = svg.querySelectorAll(".legend-entry[data-series]"), groups = [];
            each(entries, function (e) { if (groups.indexOf(groupOf(e)) < 0) groups.push(groupOf(e)); });
            if (entries.length <= PICKER || groups.length < 2) return;
            var box = document.createElement("div");
            box.className = "picker";
            box.appendChild(document.createTextNode("Show: "));
            groups.forEach(function (group) {
              var label = document.createElement("label"), input = document.createElement("input");
              input.type = "checkbox";
              input.checked = true;
              input.value = group;
              input.addEventListener("change", function () {
                each(entries, function (e) {
                  if (groupOf(e) === group) setHidden(svg, e.getAttribute("data-series"), !input.checked);
                });
              });
              label.appendChild(input);
              label.appendChild(document.createTextNode(" " + group));
              box.appendChild(label);
            });
            figure.insertBefore(box, svg);
          }
          function drawFrame(map, epoch) {
            var frames = map.getAttribute("data-frames").split(" ");
            if (!map.staticCells) map.staticCells = Array.prototype.slice.call(map.childNodes);
            while (map.firstChild) map.removeChild(map.firstChild);
            map.setAttribute("data-epoch", String(Math.min(epoch, frames.length)));
            if (epoch >= frames.length) { map.staticCells.forEach(function (n) { map.appendChild(n); }); return; }
            var columns = +map.getAttribute("data-columns"), rows = +map.getAttribute("data-rows");
            var plot = map.getAttribute("data-plot").split(" ").map(Number), tints = map.getAttribute("data-tints").split(" ");
            var width = plot[2] / columns, height = plot[3] / rows, cell = 0, pattern = /([A-Za-z.])(\d*)/g, match;
            while ((match = pattern.exec(frames[epoch - 1])) && cell < columns * rows) {
              var left = match[2] ? parseInt(match[2], 10) : 1, symbol = match[1];
              var index = symbol === "." ? -1 : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".indexOf(symbol);
              while (left > 0) {
                var row = Math.floor(cell / columns), column = cell % columns, run = Math.min(left, columns - column);
                if (index >= 0) {
                  var rect = document.createElementNS(map.namespaceURI, "rect");
                  rect.setAttribute("x", plot[0] + column * width);
                  rect.setAttribute("y", plot[1] + plot[3] - (row + 1) * height);
                  rect.setAttribute("width", run * width + 0.5);
                  rect.setAttribute("height", height + 0.5);
                  rect.setAttribute("fill", tints[index]);
                  map.appendChild(rect);
                }
                cell += run;
                left -= run;
              }
            }
          }
          function slider(figure, svg) {
            var maps = svg.querySelectorAll("g.heatmap[data-frames]"), last = 0;
            if (!maps.length) return;
            each(maps, function (m) { last = Math.max(last, m.getAttribute("data-frames").split(" ").length); });
            var box = document.createElement("div"), label = document.createElement("label");
            var input = document.createElement("input"), output = document.createElement("output");
            box.className = "slider";
            input.type = "range";
            input.min = "1";
            input.max = String(last);
            input.value = String(last);
            output.textContent = "epoch " + last + " of " + last;
            input.addEventListener("input", function () {
              each(maps, function (m) { drawFrame(m, +input.value); });
              output.textContent = "epoch " + input.value + " of " + last;
            });
            label.appendChild(document.createTextNode("Epoch: "));
            label.appendChild(input);
            box.appendChild(label);
            box.appendChild(document.createTextNode(" "));
            box.appendChild(output);
            figure.insertBefore(box, svg.nextSibling);
          }
          function setUp(figure) {
            var svg = figure.querySelector("svg");
            if (!svg) return;
            each(svg.querySelectorAll("[data-y]"), function (p) {
              var title = p.querySelector("title");
              if (!title) return;
              p.setAttribute("data-tip", title.textContent);
              p.removeChild(title);
            });
            svg.addEventListener("mousemove", function (event) {
              var point = nearest(svg, event);
              if (point) showTip(point); else hideTip();
            });
            svg.addEventListener("mouseleave", hideTip);
            each(svg.querySelectorAll(".legend-entry[data-series]"), function (entry) {
              var toggle = function () { setHidden(svg, entry.getAttribute("data-series"), !entry.classList.contains("off")); };
              entry.setAttribute("tabindex", "0");
              entry.setAttribute("role", "button");
              entry.setAttribute("aria-pressed", "true");
              entry.addEventListener("click", toggle);
              entry.addEventListener("keydown", function (event) {
                if (event.key === "Enter" || event.key === " ") { event.preventDefault(); toggle(); }
              });
            });
            picker(figure, svg);
            slider(figure, svg);
          }
          function center(element) {
            element.scrollIntoView({ block: "center" });
            var r = element.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
          function mouse(type, element) {
            var at = center(element), under = document.elementFromPoint(at.x, at.y);
            if (under) under.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: at.x, clientY: at.y }));
            return under;
          }
          // Whether a pointer at the point's centre is on it: nothing there belongs to another
          // point (an error bar over a tiny bar is fine, another series' marker is not).
          function hoverable(element) {
            if (element.getBoundingClientRect().width === 0) return false;
            var at = center(element), under = document.elementFromPoint(at.x, at.y);
            var owner = under && under.closest ? under.closest("[data-tip]") : null;
            return !!under && (owner === null || owner === element);
          }
          function selftest() {
            var lines = [], failed = 0;
            function check(pass, text) { lines.push((pass ? "PASS " : "FAIL ") + text); if (!pass) failed += 1; }
            var figures = document.querySelectorAll("figure.chart");
            check(figures.length > 0, "charts: " + figures.length + " on the page");
            each(figures, function (figure) {
              var svg = figure.querySelector("svg"), name = figure.id || "chart";
              var box = svg.getBoundingClientRect();
              check(box.width > 100 && box.height > 100, name + ": drawn at " + Math.round(box.width) + " x " + Math.round(box.height));
              var points = svg.querySelectorAll("[data-tip]"), point = Array.prototype.filter.call(points, hoverable)[0];
              if (points.length && !point) check(false, name + ": no point lies on top, where a pointer could hover it");
              if (point) {
                var under = mouse("mousemove", point), t = document.getElementById("chart-tooltip");
                var style = t ? getComputedStyle(t) : null, text = t ? t.textContent : "";
                check(!!t && style.display !== "none" && style.visibility !== "hidden" && t.getBoundingClientRect().width > 0
                      && text === point.getAttribute("data-tip") && text.indexOf(point.getAttribute("data-y")) >= 0,
                      name + ": hovering " + (under ? under.tagName : "nothing") + " shows \"" + text + "\"");
                svg.dispatchEvent(new MouseEvent("mouseleave", { view: window }));
              }
              var entry = svg.querySelector(".legend-entry[data-series]");
              if (entry) {
                var series = entry.getAttribute("data-series"), elements = drawn(svg, series);
                var target = entry.querySelector("text") || entry;
                mouse("click", target);
                var hidden = elements.length > 0 && elements.every(function (e) { return getComputedStyle(e).display === "none"; });
                check(hidden && entry.classList.contains("off"), name + ": a click on its legend hides \"" + series + "\" (" + elements.length + " elements)");
                mouse("click", target);
                var shown = elements.every(function (e) { return getComputedStyle(e).display !== "none"; });
                check(shown && !entry.classList.contains("off"), name + ": a second click shows \"" + series + "\" again");
              }
              var box2 = figure.querySelector(".picker input");
              if (box2) {
                var group = box2.value, members = Array.prototype.filter.call(svg.querySelectorAll(".legend-entry[data-series]"), function (e) {
                  return groupOf(e) === group;
                });
                box2.click();
                check(members.length > 0 && members.every(function (e) {
                  return drawn(svg, e.getAttribute("data-series")).every(function (d) { return getComputedStyle(d).display === "none"; });
                }), name + ": unticking \"" + group + "\" in the picker hides its " + members.length + " series");
                box2.click();
              }
              var range = figure.querySelector(".slider input");
              if (range) {
                var map = svg.querySelector("g.heatmap[data-frames]"), finalCells = map.childNodes.length;
                range.value = "1";
                range.dispatchEvent(new Event("input", { bubbles: true }));
                var cells = map.querySelectorAll("rect"), sized = cells.length > 0 && cells[0].getBoundingClientRect().width > 0;
                check(map.getAttribute("data-epoch") === "1" && sized, name + ": the slider at epoch 1 draws " + cells.length + " cells");
                range.value = range.max;
                range.dispatchEvent(new Event("input", { bubbles: true }));
                check(map.childNodes.length === finalCells, name + ": the slider at epoch " + range.max + " draws the final boundary again");
              }
            });
            each(document.querySelectorAll("figure.empty"), function (figure) {
              check(!figure.querySelector("svg") && figure.textContent.trim().length > 0, (figure.id || "chart") + ": no chart, in words");
            });
            var pre = document.createElement("pre");
            pre.id = "selftest";
            pre.textContent = lines.join("\n") + "\n" + (failed ? "FAIL " + failed + " of " + lines.length : "PASS all " + lines.length);
            document.body.appendChild(pre);
            // Back to the top once the browser has scrolled to #selftest, for a screenshot.
            setTimeout(function () { window.scrollTo(0, 0); }, 50);
          }
          function start() {
            each(document.querySelectorAll("figure.chart"), setUp);
            if (location.hash === "#selftest") selftest();
          }
          if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
        })();
        """#.replacingOccurrences(of: "PICKER", with: "\(pickerThreshold)")
}
