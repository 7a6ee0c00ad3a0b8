// Generated from the .hbs files in this folder by precompiledTemplates() (src/render/templates.ts); do not edit.
// Regenerate: UPDATE_TEMPLATES=1 npx vitest run test/render/templates.test.ts
'use strict'
module.exports = {
  "html/report.hbs": {key: "c5720743ae2338e396fa8382f90ab19eed2dad9efd9c8aaab8748b42484f5b3e", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"finding "
    + alias4((((helper = lookupProperty(helpers,"severity") || alias1(depth0, "severity", {"start":{"line":6,"column":22},"end":{"line":6,"column":30}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"severity","hash":{},"data":data,"loc":{"start":{"line":6,"column":20},"end":{"line":6,"column":32}}}) : helper)))
    + "\">\n<p><span class=\"sev\">"
    + alias4((((helper = lookupProperty(helpers,"severityLabel") || alias1(depth0, "severityLabel", {"start":{"line":7,"column":23},"end":{"line":7,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"severityLabel","hash":{},"data":data,"loc":{"start":{"line":7,"column":21},"end":{"line":7,"column":38}}}) : helper)))
    + "</span> · "
    + alias4((((helper = lookupProperty(helpers,"codeLabel") || alias1(depth0, "codeLabel", {"start":{"line":7,"column":50},"end":{"line":7,"column":59}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"codeLabel","hash":{},"data":data,"loc":{"start":{"line":7,"column":48},"end":{"line":7,"column":61}}}) : helper)))
    + " <span class=\"where\">("
    + alias4((((helper = lookupProperty(helpers,"code") || alias1(depth0, "code", {"start":{"line":7,"column":85},"end":{"line":7,"column":89}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"code","hash":{},"data":data,"loc":{"start":{"line":7,"column":83},"end":{"line":7,"column":91}}}) : helper)))
    + ")</span></p>\n<p lang=\""
    + alias4(container.lambda(alias1(lookupProperty(data,"root"), "lang", {"start":{"line":8,"column":11},"end":{"line":8,"column":21}} ), depth0))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"message") || alias1(depth0, "message", {"start":{"line":8,"column":27},"end":{"line":8,"column":34}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"message","hash":{},"data":data,"loc":{"start":{"line":8,"column":25},"end":{"line":8,"column":36}}}) : helper)))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"changes"),"length"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":9,"column":159}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"manyChanges"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":159},"end":{"line":9,"column":313}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"place"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":10,"column":82}}})) != null ? stack1 : "")
    + "\n</div>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"where\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "concerns", {"start":{"line":9,"column":41},"end":{"line":9,"column":57}} ), depth0))
    + ": "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"changes"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":61},"end":{"line":9,"column":148}}})) != null ? stack1 : "")
    + "</p>";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":9,"column":90},"end":{"line":9,"column":92}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":9,"column":88},"end":{"line":9,"column":94}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":9,"column":98},"end":{"line":9,"column":103}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":9,"column":96},"end":{"line":9,"column":105}}}) : helper)))
    + "</a>"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias2,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":109},"end":{"line":9,"column":139}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    return ", ";
},"4":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"where\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "concerns", {"start":{"line":9,"column":197},"end":{"line":9,"column":213}} ), depth0))
    + ": "
    + alias3((((helper = lookupProperty(helpers,"manyChanges") || alias1(depth0, "manyChanges", {"start":{"line":9,"column":219},"end":{"line":9,"column":230}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"manyChanges","hash":{},"data":data,"loc":{"start":{"line":9,"column":217},"end":{"line":9,"column":232}}}) : helper)))
    + " "
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "manyChanges", {"start":{"line":9,"column":235},"end":{"line":9,"column":254}} ), depth0))
    + " <a href=\"#findings\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "findings", {"start":{"line":9,"column":279},"end":{"line":9,"column":295}} ), depth0))
    + "</a>.</p>";
},"5":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"where\">"
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "place", {"start":{"line":10,"column":32},"end":{"line":10,"column":45}} ), depth0))
    + ": <code>"
    + alias2((((helper = lookupProperty(helpers,"place") || alias1(depth0, "place", {"start":{"line":10,"column":57},"end":{"line":10,"column":62}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"place","hash":{},"data":data,"loc":{"start":{"line":10,"column":55},"end":{"line":10,"column":64}}}) : helper)))
    + "</code></p>";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<nav class=\"prevnext\" aria-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "change", {"start":{"line":14,"column":36},"end":{"line":14,"column":50}} ), depth0))
    + " "
    + alias3((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":14,"column":55},"end":{"line":14,"column":57}} ))),(typeof helper === "function" ? helper.call(alias4,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":14,"column":53},"end":{"line":14,"column":59}}}) : helper)))
    + "\">\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"previous"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":15,"column":0},"end":{"line":15,"column":120}}})) != null ? stack1 : "")
    + "\n<a href=\"#summary\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "toTop", {"start":{"line":16,"column":21},"end":{"line":16,"column":34}} ), depth0))
    + "</a>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"next"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":17,"column":104}}})) != null ? stack1 : "")
    + "\n</nav>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"previous") || alias1(depth0, "previous", {"start":{"line":15,"column":28},"end":{"line":15,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"previous","hash":{},"data":data,"loc":{"start":{"line":15,"column":26},"end":{"line":15,"column":38}}}) : helper)))
    + "\" rel=\"prev\">← "
    + alias4(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "previous", {"start":{"line":15,"column":55},"end":{"line":15,"column":71}} ), depth0))
    + " ("
    + alias4((((helper = lookupProperty(helpers,"previous") || alias1(depth0, "previous", {"start":{"line":15,"column":77},"end":{"line":15,"column":85}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"previous","hash":{},"data":data,"loc":{"start":{"line":15,"column":75},"end":{"line":15,"column":87}}}) : helper)))
    + ")</a>";
},"8":function(container,depth0,helpers,partials,data) {
    return "<span></span>";
},"9":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"next") || alias1(depth0, "next", {"start":{"line":17,"column":24},"end":{"line":17,"column":28}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"next","hash":{},"data":data,"loc":{"start":{"line":17,"column":22},"end":{"line":17,"column":30}}}) : helper)))
    + "\" rel=\"next\">"
    + alias4(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "next", {"start":{"line":17,"column":45},"end":{"line":17,"column":57}} ), depth0))
    + " ("
    + alias4((((helper = lookupProperty(helpers,"next") || alias1(depth0, "next", {"start":{"line":17,"column":63},"end":{"line":17,"column":67}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"next","hash":{},"data":data,"loc":{"start":{"line":17,"column":61},"end":{"line":17,"column":69}}}) : helper)))
    + ") →</a>";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"quiet"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":52,"column":7}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<article class=\"change quiet\" id=\""
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":22,"column":36},"end":{"line":22,"column":38}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":22,"column":34},"end":{"line":22,"column":40}}}) : helper)))
    + "\" tabindex=\"-1\" aria-labelledby=\""
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":22,"column":75},"end":{"line":22,"column":77}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":22,"column":73},"end":{"line":22,"column":79}}}) : helper)))
    + "-h\">\n<h4 id=\""
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":23,"column":10},"end":{"line":23,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":23,"column":8},"end":{"line":23,"column":14}}}) : helper)))
    + "-h\"><span class=\"kind\">"
    + alias4((((helper = lookupProperty(helpers,"kindLabel") || alias1(depth0, "kindLabel", {"start":{"line":23,"column":39},"end":{"line":23,"column":48}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"kindLabel","hash":{},"data":data,"loc":{"start":{"line":23,"column":37},"end":{"line":23,"column":50}}}) : helper)))
    + "</span> <a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":23,"column":70},"end":{"line":23,"column":72}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":23,"column":68},"end":{"line":23,"column":74}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":23,"column":78},"end":{"line":23,"column":80}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":23,"column":76},"end":{"line":23,"column":82}}}) : helper)))
    + "</a> · <span lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"citation") || alias1(depth0, "citation", {"start":{"line":23,"column":107},"end":{"line":23,"column":115}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"citation","hash":{},"data":data,"loc":{"start":{"line":23,"column":105},"end":{"line":23,"column":117}}}) : helper)))
    + "</span></h4>\n<p><span lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"currentCitation") || alias1(depth0, "currentCitation", {"start":{"line":24,"column":21},"end":{"line":24,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"currentCitation","hash":{},"data":data,"loc":{"start":{"line":24,"column":19},"end":{"line":24,"column":38}}}) : helper)))
    + "</span> "
    + alias4(alias5(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "becomes", {"start":{"line":24,"column":48},"end":{"line":24,"column":63}} ), depth0))
    + " <span lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"proposedCitation") || alias1(depth0, "proposedCitation", {"start":{"line":24,"column":84},"end":{"line":24,"column":100}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"proposedCitation","hash":{},"data":data,"loc":{"start":{"line":24,"column":82},"end":{"line":24,"column":102}}}) : helper)))
    + "</span>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"relabel"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":109},"end":{"line":24,"column":145}}})) != null ? stack1 : "")
    + "; "
    + alias4(alias5(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "sameWording", {"start":{"line":24,"column":149},"end":{"line":24,"column":168}} ), depth0))
    + ".</p>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"prevnext"),depth0,{"name":"prevnext","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</article>\n";
},"12":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + container.escapeExpression((((helper = lookupProperty(helpers,"relabel") || container.strict(depth0, "relabel", {"start":{"line":24,"column":128},"end":{"line":24,"column":135}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"relabel","hash":{},"data":data,"loc":{"start":{"line":24,"column":126},"end":{"line":24,"column":137}}}) : helper)))
    + ")";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<article class=\"change\" id=\""
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":28,"column":30},"end":{"line":28,"column":32}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":28,"column":28},"end":{"line":28,"column":34}}}) : helper)))
    + "\" tabindex=\"-1\" aria-labelledby=\""
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":28,"column":69},"end":{"line":28,"column":71}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":28,"column":67},"end":{"line":28,"column":73}}}) : helper)))
    + "-h\">\n<h4 id=\""
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":29,"column":10},"end":{"line":29,"column":12}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":29,"column":8},"end":{"line":29,"column":14}}}) : helper)))
    + "-h\"><span class=\"kind\">"
    + alias4((((helper = lookupProperty(helpers,"kindLabel") || alias1(depth0, "kindLabel", {"start":{"line":29,"column":39},"end":{"line":29,"column":48}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"kindLabel","hash":{},"data":data,"loc":{"start":{"line":29,"column":37},"end":{"line":29,"column":50}}}) : helper)))
    + "</span> <a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":29,"column":70},"end":{"line":29,"column":72}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":29,"column":68},"end":{"line":29,"column":74}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":29,"column":78},"end":{"line":29,"column":80}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":29,"column":76},"end":{"line":29,"column":82}}}) : helper)))
    + "</a> · <span lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"citation") || alias1(depth0, "citation", {"start":{"line":29,"column":107},"end":{"line":29,"column":115}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"citation","hash":{},"data":data,"loc":{"start":{"line":29,"column":105},"end":{"line":29,"column":117}}}) : helper)))
    + "</span></h4>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"effects"),"length"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(16, data, 0),"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":30,"column":182}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"move"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":31,"column":138}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"relabel"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":0},"end":{"line":32,"column":79}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"declared"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":33,"column":79}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"instruction"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":34,"column":90}}})) != null ? stack1 : "")
    + "\n<div class=\"beforeafter\">\n<div><h5>"
    + alias4(alias5(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "before", {"start":{"line":36,"column":11},"end":{"line":36,"column":25}} ), depth0))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"currentCitation"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":36,"column":27},"end":{"line":36,"column":102}}})) != null ? stack1 : "")
    + "</h5>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"currentText"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.program(23, data, 0),"data":data,"loc":{"start":{"line":36,"column":107},"end":{"line":36,"column":196}}})) != null ? stack1 : "")
    + "</div>\n<div><h5>"
    + alias4(alias5(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "after", {"start":{"line":37,"column":11},"end":{"line":37,"column":24}} ), depth0))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"proposedCitation"),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":26},"end":{"line":37,"column":103}}})) != null ? stack1 : "")
    + "</h5>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"proposedText"),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.program(23, data, 0),"data":data,"loc":{"start":{"line":37,"column":108},"end":{"line":37,"column":199}}})) != null ? stack1 : "")
    + "</div>\n</div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"words"),"length"),{"name":"if","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":0},"end":{"line":39,"column":187}}})) != null ? stack1 : "")
    + "\n<h5>"
    + alias4(alias5(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "reasons", {"start":{"line":40,"column":6},"end":{"line":40,"column":21}} ), depth0))
    + "</h5>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"reasons"),"length"),{"name":"if","hash":{},"fn":container.program(29, data, 0),"inverse":container.program(32, data, 0),"data":data,"loc":{"start":{"line":41,"column":0},"end":{"line":48,"column":58}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"findings"),"length"),{"name":"if","hash":{},"fn":container.program(33, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":0},"end":{"line":49,"column":105}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"prevnext"),depth0,{"name":"prevnext","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "</article>\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"effects"),{"name":"each","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":22},"end":{"line":30,"column":123}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"effect\">"
    + alias4((((helper = lookupProperty(helpers,"detail") || alias1(depth0, "detail", {"start":{"line":30,"column":59},"end":{"line":30,"column":65}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"detail","hash":{},"data":data,"loc":{"start":{"line":30,"column":57},"end":{"line":30,"column":67}}}) : helper)))
    + " <span class=\"etype\">("
    + alias4((((helper = lookupProperty(helpers,"typeLabel") || alias1(depth0, "typeLabel", {"start":{"line":30,"column":91},"end":{"line":30,"column":100}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"typeLabel","hash":{},"data":data,"loc":{"start":{"line":30,"column":89},"end":{"line":30,"column":102}}}) : helper)))
    + ")</span></p>";
},"16":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"noeffect\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "noEffect", {"start":{"line":30,"column":153},"end":{"line":30,"column":169}} ), depth0))
    + "</p>";
},"17":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "moveFrom", {"start":{"line":31,"column":17},"end":{"line":31,"column":33}} ), depth0))
    + " <span lang=\"nb\">"
    + alias3(alias2(alias1(lookupProperty(depth0,"move"), "from", {"start":{"line":31,"column":54},"end":{"line":31,"column":63}} ), depth0))
    + "</span> "
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "moveTo", {"start":{"line":31,"column":75},"end":{"line":31,"column":89}} ), depth0))
    + " <span lang=\"nb\">"
    + alias3(alias2(alias1(lookupProperty(depth0,"move"), "to", {"start":{"line":31,"column":110},"end":{"line":31,"column":117}} ), depth0))
    + "</span>.</p>";
},"18":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"former\">"
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "relettered", {"start":{"line":32,"column":35},"end":{"line":32,"column":53}} ), depth0))
    + ": "
    + alias2((((helper = lookupProperty(helpers,"relabel") || alias1(depth0, "relabel", {"start":{"line":32,"column":59},"end":{"line":32,"column":66}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"relabel","hash":{},"data":data,"loc":{"start":{"line":32,"column":57},"end":{"line":32,"column":68}}}) : helper)))
    + "</p>";
},"19":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"former\">"
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "declared", {"start":{"line":33,"column":36},"end":{"line":33,"column":52}} ), depth0))
    + ": "
    + alias2((((helper = lookupProperty(helpers,"declared") || alias1(depth0, "declared", {"start":{"line":33,"column":58},"end":{"line":33,"column":66}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"declared","hash":{},"data":data,"loc":{"start":{"line":33,"column":56},"end":{"line":33,"column":68}}}) : helper)))
    + "</p>";
},"20":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + alias2(container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "instruction", {"start":{"line":34,"column":24},"end":{"line":34,"column":43}} ), depth0))
    + ": <q lang=\"nb\">"
    + alias2((((helper = lookupProperty(helpers,"instruction") || alias1(depth0, "instruction", {"start":{"line":34,"column":62},"end":{"line":34,"column":73}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"instruction","hash":{},"data":data,"loc":{"start":{"line":34,"column":60},"end":{"line":34,"column":75}}}) : helper)))
    + "</q></p>";
},"21":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <span lang=\"nb\">("
    + container.escapeExpression((((helper = lookupProperty(helpers,"currentCitation") || container.strict(depth0, "currentCitation", {"start":{"line":36,"column":70},"end":{"line":36,"column":85}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"currentCitation","hash":{},"data":data,"loc":{"start":{"line":36,"column":68},"end":{"line":36,"column":87}}}) : helper)))
    + ")</span>";
},"22":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p lang=\""
    + alias2(container.lambda(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":36,"column":137},"end":{"line":36,"column":150}} ), depth0))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"currentText") || alias1(depth0, "currentText", {"start":{"line":36,"column":156},"end":{"line":36,"column":167}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"currentText","hash":{},"data":data,"loc":{"start":{"line":36,"column":154},"end":{"line":36,"column":169}}}) : helper)))
    + "</p>";
},"23":function(container,depth0,helpers,partials,data) {
    return "<p>–</p>";
},"24":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <span lang=\"nb\">("
    + container.escapeExpression((((helper = lookupProperty(helpers,"proposedCitation") || container.strict(depth0, "proposedCitation", {"start":{"line":37,"column":70},"end":{"line":37,"column":86}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"proposedCitation","hash":{},"data":data,"loc":{"start":{"line":37,"column":68},"end":{"line":37,"column":88}}}) : helper)))
    + ")</span>";
},"25":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p lang=\""
    + alias2(container.lambda(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":37,"column":139},"end":{"line":37,"column":152}} ), depth0))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"proposedText") || alias1(depth0, "proposedText", {"start":{"line":37,"column":158},"end":{"line":37,"column":170}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"proposedText","hash":{},"data":data,"loc":{"start":{"line":37,"column":156},"end":{"line":37,"column":172}}}) : helper)))
    + "</p>";
},"26":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"currentText"),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":20},"end":{"line":39,"column":180}}})) != null ? stack1 : "");
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"proposedText"),{"name":"if","hash":{},"fn":container.program(28, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":39},"end":{"line":39,"column":173}}})) != null ? stack1 : "");
},"28":function(container,depth0,helpers,partials,data) {
    var alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"words\" lang=\""
    + alias3(alias2(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":39,"column":84},"end":{"line":39,"column":97}} ), depth0))
    + "\"><span class=\"vh\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "wordDiff", {"start":{"line":39,"column":120},"end":{"line":39,"column":136}} ), depth0))
    + ": </span>"
    + alias3((lookupProperty(helpers,"words")||alias1(depth0, "words", {"start":{"line":39,"column":149},"end":{"line":39,"column":154}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"words"),{"name":"words","hash":{},"data":data,"loc":{"start":{"line":39,"column":147},"end":{"line":39,"column":162}}}))
    + "</p>";
},"29":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"reasons"),{"name":"each","hash":{},"fn":container.program(30, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":0},"end":{"line":47,"column":9}}})) != null ? stack1 : "");
},"30":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"reason\">\n<p class=\"src\">"
    + alias4((((helper = lookupProperty(helpers,"documentLabel") || alias1(depth0, "documentLabel", {"start":{"line":44,"column":17},"end":{"line":44,"column":30}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"documentLabel","hash":{},"data":data,"loc":{"start":{"line":44,"column":15},"end":{"line":44,"column":32}}}) : helper)))
    + " <span lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"where") || alias1(depth0, "where", {"start":{"line":44,"column":51},"end":{"line":44,"column":56}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"where","hash":{},"data":data,"loc":{"start":{"line":44,"column":49},"end":{"line":44,"column":58}}}) : helper)))
    + "</span> · "
    + alias4(alias5(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "method", {"start":{"line":44,"column":70},"end":{"line":44,"column":84}} ), depth0))
    + " "
    + alias4((((helper = lookupProperty(helpers,"methodLabel") || alias1(depth0, "methodLabel", {"start":{"line":44,"column":89},"end":{"line":44,"column":100}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"methodLabel","hash":{},"data":data,"loc":{"start":{"line":44,"column":87},"end":{"line":44,"column":102}}}) : helper)))
    + " ("
    + alias4(alias5(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "score", {"start":{"line":44,"column":106},"end":{"line":44,"column":119}} ), depth0))
    + " "
    + alias4((((helper = lookupProperty(helpers,"score") || alias1(depth0, "score", {"start":{"line":44,"column":124},"end":{"line":44,"column":129}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"score","hash":{},"data":data,"loc":{"start":{"line":44,"column":122},"end":{"line":44,"column":131}}}) : helper)))
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"href"),{"name":"if","hash":{},"fn":container.program(31, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":132},"end":{"line":44,"column":190}}})) != null ? stack1 : "")
    + "</p>\n<blockquote lang=\""
    + alias4(alias5(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":45,"column":20},"end":{"line":45,"column":33}} ), depth0))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"excerpt") || alias1(depth0, "excerpt", {"start":{"line":45,"column":39},"end":{"line":45,"column":46}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"excerpt","hash":{},"data":data,"loc":{"start":{"line":45,"column":37},"end":{"line":45,"column":48}}}) : helper)))
    + "</blockquote>\n</div>\n";
},"31":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · <a href=\""
    + alias4((((helper = lookupProperty(helpers,"href") || alias1(depth0, "href", {"start":{"line":44,"column":158},"end":{"line":44,"column":162}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"href","hash":{},"data":data,"loc":{"start":{"line":44,"column":156},"end":{"line":44,"column":164}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"linkLabel") || alias1(depth0, "linkLabel", {"start":{"line":44,"column":168},"end":{"line":44,"column":177}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"linkLabel","hash":{},"data":data,"loc":{"start":{"line":44,"column":166},"end":{"line":44,"column":179}}}) : helper)))
    + "</a>";
},"32":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"noeffect\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(data,"root"), "noReasons", {"start":{"line":48,"column":30},"end":{"line":48,"column":45}} ), depth0))
    + "</p>";
},"33":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h5>"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "changeFindings", {"start":{"line":49,"column":29},"end":{"line":49,"column":51}} ), depth0))
    + "</h5>"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"findings"),{"name":"each","hash":{},"fn":container.program(34, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":58},"end":{"line":49,"column":98}}})) != null ? stack1 : "");
},"34":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"finding"),depth0,{"name":"finding","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"35":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section class=\"par\" id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":55,"column":27},"end":{"line":55,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":55,"column":25},"end":{"line":55,"column":35}}}) : helper)))
    + "\" aria-labelledby=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":55,"column":56},"end":{"line":55,"column":62}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":55,"column":54},"end":{"line":55,"column":64}}}) : helper)))
    + "-h\">\n<h3 id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":56,"column":10},"end":{"line":56,"column":16}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":56,"column":8},"end":{"line":56,"column":18}}}) : helper)))
    + "-h\"><span lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"heading") || alias1(depth0, "heading", {"start":{"line":56,"column":40},"end":{"line":56,"column":47}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":56,"column":38},"end":{"line":56,"column":49}}}) : helper)))
    + "</span> <span class=\"badge "
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":56,"column":78},"end":{"line":56,"column":84}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":56,"column":76},"end":{"line":56,"column":86}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"statusLabel") || alias1(depth0, "statusLabel", {"start":{"line":56,"column":90},"end":{"line":56,"column":101}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"statusLabel","hash":{},"data":data,"loc":{"start":{"line":56,"column":88},"end":{"line":56,"column":103}}}) : helper)))
    + "</span></h3>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"statusNote"),{"name":"if","hash":{},"fn":container.program(36, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":57,"column":0},"end":{"line":57,"column":64}}})) != null ? stack1 : "")
    + "\n"
    + alias4((lookupProperty(helpers,"rowTable")||alias1(depth0, "rowTable", {"start":{"line":58,"column":2},"end":{"line":58,"column":10}} )).call(alias2,lookupProperty(depth0,"rows"),{"name":"rowTable","hash":{},"data":data,"loc":{"start":{"line":58,"column":0},"end":{"line":58,"column":17}}}))
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"changes"),{"name":"each","hash":{},"fn":container.program(37, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":59,"column":0},"end":{"line":59,"column":38}}})) != null ? stack1 : "")
    + "\n</section>\n";
},"36":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"note-line\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"statusNote") || container.strict(depth0, "statusNote", {"start":{"line":57,"column":41},"end":{"line":57,"column":51}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"statusNote","hash":{},"data":data,"loc":{"start":{"line":57,"column":39},"end":{"line":57,"column":53}}}) : helper)))
    + "</p>";
},"37":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"change"),depth0,{"name":"change","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"38":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),depth0,{"name":"each","hash":{},"fn":container.program(39, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":0},"end":{"line":66,"column":9}}})) != null ? stack1 : "");
},"39":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||container.strict(depth0, "eq", {"start":{"line":64,"column":7},"end":{"line":64,"column":9}} )).call(alias1,lookupProperty(depth0,"type"),"list",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":64,"column":6},"end":{"line":64,"column":22}}}),{"name":"if","hash":{},"fn":container.program(40, data, 0, blockParams, depths),"inverse":container.program(43, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":64,"column":0},"end":{"line":65,"column":261}}})) != null ? stack1 : "")
    + "\n";
},"40":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<ul>"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"paragraphs"),{"name":"each","hash":{},"fn":container.program(41, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":28},"end":{"line":64,"column":256}}})) != null ? stack1 : "")
    + "</ul>\n";
},"41":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":64,"column":58},"end":{"line":64,"column":64}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":64,"column":56},"end":{"line":64,"column":66}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":64,"column":70},"end":{"line":64,"column":74}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":64,"column":68},"end":{"line":64,"column":76}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"citedBy"),"length"),{"name":"if","hash":{},"fn":container.program(42, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":76},"end":{"line":64,"column":242}}})) != null ? stack1 : "")
    + "</li>";
},"42":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <span class=\"cited\">("
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "citedBy", {"start":{"line":64,"column":122},"end":{"line":64,"column":137}} ), depth0))
    + " "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"citedBy"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":140},"end":{"line":64,"column":227}}})) != null ? stack1 : "")
    + ")</span>";
},"43":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"paragraphs"),{"name":"each","hash":{},"fn":container.program(44, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":65,"column":8},"end":{"line":65,"column":254}}})) != null ? stack1 : "");
},"44":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":65,"column":37},"end":{"line":65,"column":43}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":65,"column":35},"end":{"line":65,"column":45}}}) : helper)))
    + "\" class=\""
    + alias4(container.lambda(alias1(depths[1], "type", {"start":{"line":65,"column":56},"end":{"line":65,"column":63}} ), depth0))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":65,"column":69},"end":{"line":65,"column":73}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":65,"column":67},"end":{"line":65,"column":75}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"citedBy"),"length"),{"name":"if","hash":{},"fn":container.program(42, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":65,"column":75},"end":{"line":65,"column":241}}})) != null ? stack1 : "")
    + "</p>";
},"45":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"doc\" lang=\""
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(data,"root"), "docLang", {"start":{"line":69,"column":25},"end":{"line":69,"column":38}} ), depth0))
    + "\">\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"blocks"),lookupProperty(depth0,"preamble"),{"name":"blocks","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"sections"),{"name":"each","hash":{},"fn":container.program(46, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":71,"column":0},"end":{"line":74,"column":9}}})) != null ? stack1 : "")
    + "</div>\n";
},"46":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h"
    + alias4((((helper = lookupProperty(helpers,"level") || alias1(depth0, "level", {"start":{"line":72,"column":4},"end":{"line":72,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"level","hash":{},"data":data,"loc":{"start":{"line":72,"column":2},"end":{"line":72,"column":11}}}) : helper)))
    + " id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":72,"column":18},"end":{"line":72,"column":24}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":72,"column":16},"end":{"line":72,"column":26}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"heading") || alias1(depth0, "heading", {"start":{"line":72,"column":30},"end":{"line":72,"column":37}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"heading","hash":{},"data":data,"loc":{"start":{"line":72,"column":28},"end":{"line":72,"column":39}}}) : helper)))
    + "</h"
    + alias4((((helper = lookupProperty(helpers,"level") || alias1(depth0, "level", {"start":{"line":72,"column":44},"end":{"line":72,"column":49}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"level","hash":{},"data":data,"loc":{"start":{"line":72,"column":42},"end":{"line":72,"column":51}}}) : helper)))
    + ">\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"blocks"),lookupProperty(depth0,"blocks"),{"name":"blocks","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"47":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li><a href=\"#note\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"t"), "navNote", {"start":{"line":99,"column":34},"end":{"line":99,"column":43}} ), depth0))
    + "</a></li>";
},"48":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li><a href=\"#background\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"t"), "navBackground", {"start":{"line":100,"column":53},"end":{"line":100,"column":68}} ), depth0))
    + "</a></li>";
},"49":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<dt>"
    + alias2(container.lambda(alias1(lookupProperty(depth0,"t"), "regulation", {"start":{"line":115,"column":24},"end":{"line":115,"column":36}} ), depth0))
    + "</dt><dd lang=\""
    + alias2((((helper = lookupProperty(helpers,"docLang") || alias1(depth0, "docLang", {"start":{"line":115,"column":55},"end":{"line":115,"column":62}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"docLang","hash":{},"data":data,"loc":{"start":{"line":115,"column":53},"end":{"line":115,"column":64}}}) : helper)))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"regulation") || alias1(depth0, "regulation", {"start":{"line":115,"column":68},"end":{"line":115,"column":78}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"regulation","hash":{},"data":data,"loc":{"start":{"line":115,"column":66},"end":{"line":115,"column":80}}}) : helper)))
    + "</dd>";
},"50":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<dt>"
    + alias2(container.lambda(alias1(lookupProperty(depth0,"t"), "ministry", {"start":{"line":116,"column":22},"end":{"line":116,"column":32}} ), depth0))
    + "</dt><dd lang=\""
    + alias2((((helper = lookupProperty(helpers,"docLang") || alias1(depth0, "docLang", {"start":{"line":116,"column":51},"end":{"line":116,"column":58}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"docLang","hash":{},"data":data,"loc":{"start":{"line":116,"column":49},"end":{"line":116,"column":60}}}) : helper)))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"ministry") || alias1(depth0, "ministry", {"start":{"line":116,"column":64},"end":{"line":116,"column":72}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"ministry","hash":{},"data":data,"loc":{"start":{"line":116,"column":62},"end":{"line":116,"column":74}}}) : helper)))
    + "</dd>";
},"51":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<dt>"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":117,"column":21},"end":{"line":117,"column":26}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":117,"column":19},"end":{"line":117,"column":28}}}) : helper)))
    + "</dt><dd>"
    + alias4((((helper = lookupProperty(helpers,"value") || alias1(depth0, "value", {"start":{"line":117,"column":39},"end":{"line":117,"column":44}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"value","hash":{},"data":data,"loc":{"start":{"line":117,"column":37},"end":{"line":117,"column":46}}}) : helper)))
    + "</dd>";
},"52":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), alias5="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "sourceRole", {"start":{"line":127,"column":18},"end":{"line":127,"column":36}} ), depth0))
    + "\"><strong>"
    + alias3((((helper = lookupProperty(helpers,"roleLabel") || alias1(depth0, "roleLabel", {"start":{"line":127,"column":50},"end":{"line":127,"column":59}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"roleLabel","hash":{},"data":data,"loc":{"start":{"line":127,"column":48},"end":{"line":127,"column":61}}}) : helper)))
    + "</strong>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"title"),{"name":"if","hash":{},"fn":container.program(53, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":127,"column":70},"end":{"line":127,"column":141}}})) != null ? stack1 : "")
    + "<br><code>"
    + alias3((((helper = lookupProperty(helpers,"path") || alias1(depth0, "path", {"start":{"line":127,"column":153},"end":{"line":127,"column":157}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"path","hash":{},"data":data,"loc":{"start":{"line":127,"column":151},"end":{"line":127,"column":159}}}) : helper)))
    + "</code></td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "sourceStatus", {"start":{"line":128,"column":18},"end":{"line":128,"column":38}} ), depth0))
    + "\"><span class=\"status status-"
    + alias3((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":128,"column":71},"end":{"line":128,"column":77}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":128,"column":69},"end":{"line":128,"column":79}}}) : helper)))
    + "\">"
    + alias3((((helper = lookupProperty(helpers,"statusLabel") || alias1(depth0, "statusLabel", {"start":{"line":128,"column":83},"end":{"line":128,"column":94}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"statusLabel","hash":{},"data":data,"loc":{"start":{"line":128,"column":81},"end":{"line":128,"column":96}}}) : helper)))
    + "</span></td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "sourceOrigin", {"start":{"line":129,"column":18},"end":{"line":129,"column":38}} ), depth0))
    + "\" lang=\""
    + alias3(alias2(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":129,"column":50},"end":{"line":129,"column":63}} ), depth0))
    + "\">"
    + alias3((((helper = lookupProperty(helpers,"source") || alias1(depth0, "source", {"start":{"line":129,"column":69},"end":{"line":129,"column":75}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"source","hash":{},"data":data,"loc":{"start":{"line":129,"column":67},"end":{"line":129,"column":77}}}) : helper)))
    + "</td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "sourceRemarks", {"start":{"line":130,"column":18},"end":{"line":130,"column":39}} ), depth0))
    + "\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"remarks"),"length"),{"name":"if","hash":{},"fn":container.program(54, data, 0),"inverse":container.program(56, data, 0),"data":data,"loc":{"start":{"line":130,"column":43},"end":{"line":130,"column":173}}})) != null ? stack1 : "")
    + "</td>\n</tr>\n";
},"53":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br><span lang=\""
    + alias2(container.lambda(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":127,"column":101},"end":{"line":127,"column":114}} ), depth0))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":127,"column":120},"end":{"line":127,"column":125}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":127,"column":118},"end":{"line":127,"column":127}}}) : helper)))
    + "</span>";
},"54":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<ul lang=\""
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(data,"root"), "docLang", {"start":{"line":130,"column":77},"end":{"line":130,"column":90}} ), depth0))
    + "\">"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"remarks"),{"name":"each","hash":{},"fn":container.program(55, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":130,"column":94},"end":{"line":130,"column":137}}})) != null ? stack1 : "")
    + "</ul>";
},"55":function(container,depth0,helpers,partials,data) {
    return "<li>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</li>";
},"56":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "none", {"start":{"line":130,"column":152},"end":{"line":130,"column":164}} ), depth0));
},"57":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td>"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":141,"column":168},"end":{"line":141,"column":173}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":141,"column":166},"end":{"line":141,"column":175}}}) : helper)))
    + "</td><td class=\"n\">"
    + alias4((((helper = lookupProperty(helpers,"count") || alias1(depth0, "count", {"start":{"line":141,"column":196},"end":{"line":141,"column":201}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":141,"column":194},"end":{"line":141,"column":203}}}) : helper)))
    + "</td></tr>";
},"58":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), alias5="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr>\n<td class=\"id\" data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "colNumber", {"start":{"line":151,"column":29},"end":{"line":151,"column":46}} ), depth0))
    + "\"><a href=\"#"
    + alias3((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":151,"column":62},"end":{"line":151,"column":64}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":151,"column":60},"end":{"line":151,"column":66}}}) : helper)))
    + "\">"
    + alias3((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":151,"column":70},"end":{"line":151,"column":72}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":151,"column":68},"end":{"line":151,"column":74}}}) : helper)))
    + "</a></td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "colWhere", {"start":{"line":152,"column":18},"end":{"line":152,"column":34}} ), depth0))
    + "\" lang=\"nb\">"
    + alias3((((helper = lookupProperty(helpers,"citation") || alias1(depth0, "citation", {"start":{"line":152,"column":50},"end":{"line":152,"column":58}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"citation","hash":{},"data":data,"loc":{"start":{"line":152,"column":48},"end":{"line":152,"column":60}}}) : helper)))
    + "</td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "colKind", {"start":{"line":153,"column":18},"end":{"line":153,"column":33}} ), depth0))
    + "\">"
    + alias3((((helper = lookupProperty(helpers,"kindLabel") || alias1(depth0, "kindLabel", {"start":{"line":153,"column":39},"end":{"line":153,"column":48}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"kindLabel","hash":{},"data":data,"loc":{"start":{"line":153,"column":37},"end":{"line":153,"column":50}}}) : helper)))
    + "</td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "colEffect", {"start":{"line":154,"column":18},"end":{"line":154,"column":35}} ), depth0))
    + "\">"
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"effects"),{"name":"each","hash":{},"fn":container.program(59, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":154,"column":39},"end":{"line":154,"column":105}}})) != null ? stack1 : "")
    + "</td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "colReasons", {"start":{"line":155,"column":18},"end":{"line":155,"column":36}} ), depth0))
    + "\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"reasonsMissing"),{"name":"if","hash":{},"fn":container.program(61, data, 0),"inverse":container.program(62, data, 0),"data":data,"loc":{"start":{"line":155,"column":40},"end":{"line":155,"column":116}}})) != null ? stack1 : "")
    + "</td>\n<td data-label=\""
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "colFindings", {"start":{"line":156,"column":18},"end":{"line":156,"column":37}} ), depth0))
    + "\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(depth0,"findings"),{"name":"if","hash":{},"fn":container.program(63, data, 0),"inverse":container.program(64, data, 0),"data":data,"loc":{"start":{"line":156,"column":41},"end":{"line":156,"column":85}}})) != null ? stack1 : "")
    + "</td>\n</tr>\n";
},"59":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression(container.lambda(depth0, depth0))
    + ((stack1 = lookupProperty(helpers,"unless").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(60, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":154,"column":64},"end":{"line":154,"column":96}}})) != null ? stack1 : "");
},"60":function(container,depth0,helpers,partials,data) {
    return "<br>";
},"61":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<strong>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"reasons") || container.strict(depth0, "reasons", {"start":{"line":155,"column":72},"end":{"line":155,"column":79}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"reasons","hash":{},"data":data,"loc":{"start":{"line":155,"column":70},"end":{"line":155,"column":81}}}) : helper)))
    + "</strong>";
},"62":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"reasons") || container.strict(depth0, "reasons", {"start":{"line":155,"column":100},"end":{"line":155,"column":107}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"reasons","hash":{},"data":data,"loc":{"start":{"line":155,"column":98},"end":{"line":155,"column":109}}}) : helper)));
},"63":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"findings") || container.strict(depth0, "findings", {"start":{"line":156,"column":59},"end":{"line":156,"column":67}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"findings","hash":{},"data":data,"loc":{"start":{"line":156,"column":57},"end":{"line":156,"column":69}}}) : helper)));
},"64":function(container,depth0,helpers,partials,data) {
    return "–";
},"65":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"findings"),{"name":"each","hash":{},"fn":container.program(34, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":162,"column":23},"end":{"line":162,"column":63}}})) != null ? stack1 : "");
},"66":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"t"), "noFindings", {"start":{"line":162,"column":76},"end":{"line":162,"column":88}} ), depth0))
    + "</p>";
},"67":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"section"),{"name":"if","hash":{},"fn":container.program(68, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":165,"column":0},"end":{"line":165,"column":61}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"group"),{"name":"if","hash":{},"fn":container.program(70, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":166,"column":0},"end":{"line":170,"column":16}}})) != null ? stack1 : "")
    + "\n";
},"68":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"section"),{"name":"with","hash":{},"fn":container.program(69, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":165,"column":15},"end":{"line":165,"column":54}}})) != null ? stack1 : "");
},"69":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"section"),depth0,{"name":"section","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"70":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"group"),{"name":"with","hash":{},"fn":container.program(71, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":166,"column":13},"end":{"line":170,"column":9}}})) != null ? stack1 : "");
},"71":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<details class=\"group\">\n<summary>"
    + alias3((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":168,"column":11},"end":{"line":168,"column":16}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":168,"column":9},"end":{"line":168,"column":18}}}) : helper)))
    + "</summary>\n"
    + alias3((lookupProperty(helpers,"plainSections")||alias1(depth0, "plainSections", {"start":{"line":169,"column":2},"end":{"line":169,"column":15}} )).call(alias2,lookupProperty(depth0,"sections"),{"name":"plainSections","hash":{},"data":data,"loc":{"start":{"line":169,"column":0},"end":{"line":169,"column":26}}}))
    + "</details>\n";
},"72":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section class=\"par\" id=\"other-changes\" aria-labelledby=\"other-changes-h\">\n<h3 id=\"other-changes-h\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"t"), "otherChanges", {"start":{"line":174,"column":27},"end":{"line":174,"column":41}} ), depth0))
    + "</h3>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"otherChanges"),{"name":"each","hash":{},"fn":container.program(37, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":175,"column":0},"end":{"line":175,"column":43}}})) != null ? stack1 : "")
    + "\n</section>\n";
},"73":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"with").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"note"),{"name":"with","hash":{},"fn":container.program(74, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":182,"column":12},"end":{"line":187,"column":9}}})) != null ? stack1 : "");
},"74":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), alias5="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n<h2 id=\"note\">"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "note", {"start":{"line":183,"column":16},"end":{"line":183,"column":28}} ), depth0))
    + "</h2>\n<p>"
    + alias3(alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "noteIntro", {"start":{"line":184,"column":5},"end":{"line":184,"column":22}} ), depth0))
    + "</p>\n<p><strong lang=\""
    + alias3(alias2(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":185,"column":19},"end":{"line":185,"column":32}} ), depth0))
    + "\">"
    + alias3((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":185,"column":38},"end":{"line":185,"column":43}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":185,"column":36},"end":{"line":185,"column":45}}}) : helper)))
    + "</strong> · <code>"
    + alias3((((helper = lookupProperty(helpers,"path") || alias1(depth0, "path", {"start":{"line":185,"column":65},"end":{"line":185,"column":69}} ))),(typeof helper === alias5 ? helper.call(alias4,{"name":"path","hash":{},"data":data,"loc":{"start":{"line":185,"column":63},"end":{"line":185,"column":71}}}) : helper)))
    + "</code></p>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"document"),depth0,{"name":"document","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"75":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h2 id=\"background\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"t"), "background", {"start":{"line":189,"column":22},"end":{"line":189,"column":34}} ), depth0))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"background"),{"name":"each","hash":{},"fn":container.program(76, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":190,"column":0},"end":{"line":194,"column":9}}})) != null ? stack1 : "");
},"76":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.escapeExpression, alias3=depth0 != null ? depth0 : (container.nullContext || {}), alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<h3 lang=\""
    + alias2(container.lambda(alias1(lookupProperty(data,"root"), "docLang", {"start":{"line":191,"column":12},"end":{"line":191,"column":25}} ), depth0))
    + "\">"
    + alias2((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":191,"column":31},"end":{"line":191,"column":36}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":191,"column":29},"end":{"line":191,"column":38}}}) : helper)))
    + "</h3>\n<p><code>"
    + alias2((((helper = lookupProperty(helpers,"path") || alias1(depth0, "path", {"start":{"line":192,"column":11},"end":{"line":192,"column":15}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"path","hash":{},"data":data,"loc":{"start":{"line":192,"column":9},"end":{"line":192,"column":17}}}) : helper)))
    + "</code></p>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"document"),depth0,{"name":"document","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\""
    + alias4((((helper = lookupProperty(helpers,"lang") || alias1(depth0, "lang", {"start":{"line":78,"column":14},"end":{"line":78,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"lang","hash":{},"data":data,"loc":{"start":{"line":78,"column":12},"end":{"line":78,"column":20}}}) : helper)))
    + "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src '"
    + alias4((((helper = lookupProperty(helpers,"scriptHash") || alias1(depth0, "scriptHash", {"start":{"line":82,"column":113},"end":{"line":82,"column":123}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"scriptHash","hash":{},"data":data,"loc":{"start":{"line":82,"column":111},"end":{"line":82,"column":125}}}) : helper)))
    + "'; img-src 'none'; base-uri 'none'; form-action 'none'\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"generator\" content=\""
    + alias4((((helper = lookupProperty(helpers,"tool") || alias1(depth0, "tool", {"start":{"line":84,"column":34},"end":{"line":84,"column":38}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"tool","hash":{},"data":data,"loc":{"start":{"line":84,"column":32},"end":{"line":84,"column":40}}}) : helper)))
    + "\">\n<title>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "reportTitle", {"start":{"line":85,"column":9},"end":{"line":85,"column":22}} ), depth0))
    + ": "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":85,"column":28},"end":{"line":85,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":85,"column":26},"end":{"line":85,"column":35}}}) : helper)))
    + "</title>\n<style>\n"
    + ((stack1 = (((helper = lookupProperty(helpers,"css") || alias1(depth0, "css", {"start":{"line":87,"column":3},"end":{"line":87,"column":6}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"css","hash":{},"data":data,"loc":{"start":{"line":87,"column":0},"end":{"line":87,"column":9}}}) : helper))) != null ? stack1 : "")
    + "\n</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#changes\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "skipToChanges", {"start":{"line":91,"column":34},"end":{"line":91,"column":49}} ), depth0))
    + "</a>\n<nav class=\"toolbar\" aria-label=\""
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "navLabel", {"start":{"line":92,"column":35},"end":{"line":92,"column":45}} ), depth0))
    + "\">\n<div class=\"inner\">\n<ul>\n<li><a href=\"#summary\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "navSummary", {"start":{"line":95,"column":25},"end":{"line":95,"column":37}} ), depth0))
    + "</a></li>\n<li><a href=\"#changes\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "navChanges", {"start":{"line":96,"column":25},"end":{"line":96,"column":37}} ), depth0))
    + "</a></li>\n<li><a href=\"#findings\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "navFindings", {"start":{"line":97,"column":26},"end":{"line":97,"column":39}} ), depth0))
    + "</a></li>\n<li><a href=\"#consolidated\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "navConsolidated", {"start":{"line":98,"column":30},"end":{"line":98,"column":47}} ), depth0))
    + "</a></li>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(47, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":99,"column":0},"end":{"line":99,"column":61}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"background"),"length"),{"name":"if","hash":{},"fn":container.program(48, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":100,"column":0},"end":{"line":100,"column":86}}})) != null ? stack1 : "")
    + "\n</ul>\n<fieldset class=\"view\">\n<legend>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "view", {"start":{"line":103,"column":10},"end":{"line":103,"column":16}} ), depth0))
    + "</legend>\n<input type=\"radio\" name=\"view\" id=\"view-sbs\" checked>\n<label for=\"view-sbs\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "viewSideBySide", {"start":{"line":105,"column":24},"end":{"line":105,"column":40}} ), depth0))
    + "</label>\n<input type=\"radio\" name=\"view\" id=\"view-inline\">\n<label for=\"view-inline\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "viewInline", {"start":{"line":107,"column":27},"end":{"line":107,"column":39}} ), depth0))
    + "</label>\n</fieldset>\n</div>\n</nav>\n<header class=\"top\">\n<p class=\"kind\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "reportTitle", {"start":{"line":112,"column":18},"end":{"line":112,"column":31}} ), depth0))
    + "</p>\n<h1 lang=\""
    + alias4((((helper = lookupProperty(helpers,"docLang") || alias1(depth0, "docLang", {"start":{"line":113,"column":12},"end":{"line":113,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"docLang","hash":{},"data":data,"loc":{"start":{"line":113,"column":10},"end":{"line":113,"column":21}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":113,"column":25},"end":{"line":113,"column":30}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":113,"column":23},"end":{"line":113,"column":32}}}) : helper)))
    + "</h1>\n<dl class=\"meta\">\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"regulation"),{"name":"if","hash":{},"fn":container.program(49, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":115,"column":0},"end":{"line":115,"column":92}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"ministry"),{"name":"if","hash":{},"fn":container.program(50, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":116,"column":0},"end":{"line":116,"column":86}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"dates"),{"name":"each","hash":{},"fn":container.program(51, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":117,"column":0},"end":{"line":117,"column":60}}})) != null ? stack1 : "")
    + "\n<dt>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "form", {"start":{"line":118,"column":6},"end":{"line":118,"column":12}} ), depth0))
    + "</dt><dd>"
    + alias4((((helper = lookupProperty(helpers,"formLabel") || alias1(depth0, "formLabel", {"start":{"line":118,"column":25},"end":{"line":118,"column":34}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"formLabel","hash":{},"data":data,"loc":{"start":{"line":118,"column":23},"end":{"line":118,"column":36}}}) : helper)))
    + "</dd>\n<dt>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "formReason", {"start":{"line":119,"column":6},"end":{"line":119,"column":18}} ), depth0))
    + "</dt><dd lang=\"nb\">"
    + alias4((((helper = lookupProperty(helpers,"formReason") || alias1(depth0, "formReason", {"start":{"line":119,"column":41},"end":{"line":119,"column":51}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"formReason","hash":{},"data":data,"loc":{"start":{"line":119,"column":39},"end":{"line":119,"column":53}}}) : helper)))
    + "</dd>\n</dl>\n<h2 id=\"sources\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "provenance", {"start":{"line":121,"column":19},"end":{"line":121,"column":31}} ), depth0))
    + "</h2>\n<table class=\"stack\">\n<thead><tr><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "sourceRole", {"start":{"line":123,"column":29},"end":{"line":123,"column":41}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "sourceStatus", {"start":{"line":123,"column":66},"end":{"line":123,"column":80}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "sourceOrigin", {"start":{"line":123,"column":105},"end":{"line":123,"column":119}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "sourceRemarks", {"start":{"line":123,"column":144},"end":{"line":123,"column":159}} ), depth0))
    + "</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"sources"),{"name":"each","hash":{},"fn":container.program(52, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":125,"column":0},"end":{"line":132,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n</header>\n<main>\n<h2 id=\"summary\" tabindex=\"-1\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "summary", {"start":{"line":137,"column":33},"end":{"line":137,"column":42}} ), depth0))
    + "</h2>\n<p><strong>"
    + alias4((((helper = lookupProperty(helpers,"total") || alias1(depth0, "total", {"start":{"line":138,"column":13},"end":{"line":138,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"total","hash":{},"data":data,"loc":{"start":{"line":138,"column":11},"end":{"line":138,"column":20}}}) : helper)))
    + "</strong> "
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "changesTotal", {"start":{"line":138,"column":32},"end":{"line":138,"column":46}} ), depth0))
    + ".</p>\n<p class=\"hint\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "keyboardHint", {"start":{"line":139,"column":18},"end":{"line":139,"column":32}} ), depth0))
    + "</p>\n<div class=\"counts\">\n<table><caption>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "byKind", {"start":{"line":141,"column":18},"end":{"line":141,"column":26}} ), depth0))
    + "</caption><thead><tr><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "type", {"start":{"line":141,"column":67},"end":{"line":141,"column":73}} ), depth0))
    + "</th><th scope=\"col\" class=\"n\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "count", {"start":{"line":141,"column":108},"end":{"line":141,"column":115}} ), depth0))
    + "</th></tr></thead><tbody>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"byKind"),{"name":"each","hash":{},"fn":container.program(57, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":141,"column":142},"end":{"line":141,"column":222}}})) != null ? stack1 : "")
    + "</tbody></table>\n<table><caption>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "byEffect", {"start":{"line":142,"column":18},"end":{"line":142,"column":28}} ), depth0))
    + "</caption><thead><tr><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "type", {"start":{"line":142,"column":69},"end":{"line":142,"column":75}} ), depth0))
    + "</th><th scope=\"col\" class=\"n\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "count", {"start":{"line":142,"column":110},"end":{"line":142,"column":117}} ), depth0))
    + "</th></tr></thead><tbody>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"byEffect"),{"name":"each","hash":{},"fn":container.program(57, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":142,"column":144},"end":{"line":142,"column":226}}})) != null ? stack1 : "")
    + "</tbody></table>\n<table><caption>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "bySeverity", {"start":{"line":143,"column":18},"end":{"line":143,"column":30}} ), depth0))
    + "</caption><thead><tr><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "type", {"start":{"line":143,"column":71},"end":{"line":143,"column":77}} ), depth0))
    + "</th><th scope=\"col\" class=\"n\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "count", {"start":{"line":143,"column":112},"end":{"line":143,"column":119}} ), depth0))
    + "</th></tr></thead><tbody>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"bySeverity"),{"name":"each","hash":{},"fn":container.program(57, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":143,"column":146},"end":{"line":143,"column":230}}})) != null ? stack1 : "")
    + "</tbody></table>\n</div>\n<h3 id=\"change-list\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "changeList", {"start":{"line":145,"column":23},"end":{"line":145,"column":35}} ), depth0))
    + "</h3>\n<table class=\"stack changelist\">\n<thead><tr><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "colNumber", {"start":{"line":147,"column":29},"end":{"line":147,"column":40}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "colWhere", {"start":{"line":147,"column":65},"end":{"line":147,"column":75}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "colKind", {"start":{"line":147,"column":100},"end":{"line":147,"column":109}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "colEffect", {"start":{"line":147,"column":134},"end":{"line":147,"column":145}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "colReasons", {"start":{"line":147,"column":170},"end":{"line":147,"column":182}} ), depth0))
    + "</th><th scope=\"col\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "colFindings", {"start":{"line":147,"column":207},"end":{"line":147,"column":220}} ), depth0))
    + "</th></tr></thead>\n<tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"changeList"),{"name":"each","hash":{},"fn":container.program(58, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":149,"column":0},"end":{"line":158,"column":9}}})) != null ? stack1 : "")
    + "</tbody>\n</table>\n<h2 id=\"findings\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "findings", {"start":{"line":161,"column":20},"end":{"line":161,"column":30}} ), depth0))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"findings"),"length"),{"name":"if","hash":{},"fn":container.program(65, data, 0, blockParams, depths),"inverse":container.program(66, data, 0, blockParams, depths),"data":data,"loc":{"start":{"line":162,"column":0},"end":{"line":162,"column":101}}})) != null ? stack1 : "")
    + "\n<h2 id=\"changes\" tabindex=\"-1\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "sections", {"start":{"line":163,"column":33},"end":{"line":163,"column":43}} ), depth0))
    + "</h2>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"entries"),{"name":"each","hash":{},"fn":container.program(67, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":164,"column":0},"end":{"line":171,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"otherChanges"),"length"),{"name":"if","hash":{},"fn":container.program(72, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":172,"column":0},"end":{"line":177,"column":7}}})) != null ? stack1 : "")
    + "<h2 id=\"consolidated\">"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "consolidated", {"start":{"line":178,"column":24},"end":{"line":178,"column":38}} ), depth0))
    + "</h2>\n<p>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "consolidatedIntro", {"start":{"line":179,"column":5},"end":{"line":179,"column":24}} ), depth0))
    + "</p>\n<div class=\"consolidated\" lang=\""
    + alias4((((helper = lookupProperty(helpers,"docLang") || alias1(depth0, "docLang", {"start":{"line":180,"column":34},"end":{"line":180,"column":41}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"docLang","hash":{},"data":data,"loc":{"start":{"line":180,"column":32},"end":{"line":180,"column":43}}}) : helper)))
    + "\">\n"
    + alias4((lookupProperty(helpers,"consolidatedText")||alias1(depth0, "consolidatedText", {"start":{"line":181,"column":2},"end":{"line":181,"column":18}} )).call(alias2,lookupProperty(depth0,"consolidated"),{"name":"consolidatedText","hash":{},"data":data,"loc":{"start":{"line":181,"column":0},"end":{"line":181,"column":33}}}))
    + "</div>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(73, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":182,"column":0},"end":{"line":187,"column":16}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"background"),"length"),{"name":"if","hash":{},"fn":container.program(75, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":188,"column":0},"end":{"line":195,"column":7}}})) != null ? stack1 : "")
    + "</main>\n<footer>\n<p>"
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "generatedBy", {"start":{"line":198,"column":5},"end":{"line":198,"column":18}} ), depth0))
    + " "
    + alias4((((helper = lookupProperty(helpers,"tool") || alias1(depth0, "tool", {"start":{"line":198,"column":23},"end":{"line":198,"column":27}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"tool","hash":{},"data":data,"loc":{"start":{"line":198,"column":21},"end":{"line":198,"column":29}}}) : helper)))
    + " · "
    + alias4(alias5(alias1(lookupProperty(depth0,"t"), "schema", {"start":{"line":198,"column":34},"end":{"line":198,"column":42}} ), depth0))
    + " "
    + alias4((((helper = lookupProperty(helpers,"schemaVersion") || alias1(depth0, "schemaVersion", {"start":{"line":198,"column":47},"end":{"line":198,"column":60}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"schemaVersion","hash":{},"data":data,"loc":{"start":{"line":198,"column":45},"end":{"line":198,"column":62}}}) : helper)))
    + "</p>\n</footer>\n\u003Cscript>"
    + ((stack1 = (((helper = lookupProperty(helpers,"script") || alias1(depth0, "script", {"start":{"line":200,"column":11},"end":{"line":200,"column":17}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"script","hash":{},"data":data,"loc":{"start":{"line":200,"column":8},"end":{"line":200,"column":20}}}) : helper))) != null ? stack1 : "")
    + "\u003C/script>\n</body>\n</html>\n";
},"main_d":  function(fn, props, container, depth0, data, blockParams, depths) {

  var decorators = container.decorators, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  var decorator = lookupProperty(decorators,"inline");
  if (typeof decorator !== "function") { throw new Error("Missing decorator: \"inline\""); }
  fn = decorator(fn,props,container,{"name":"inline","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"args":["finding"],"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":12,"column":11}}}) || fn;
  var decorator = lookupProperty(decorators,"inline");
  if (typeof decorator !== "function") { throw new Error("Missing decorator: \"inline\""); }
  fn = decorator(fn,props,container,{"name":"inline","hash":{},"fn":container.program(6, data, 0, blockParams, depths),"inverse":container.noop,"args":["prevnext"],"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":19,"column":11}}}) || fn;
  var decorator = lookupProperty(decorators,"inline");
  if (typeof decorator !== "function") { throw new Error("Missing decorator: \"inline\""); }
  fn = decorator(fn,props,container,{"name":"inline","hash":{},"fn":container.program(10, data, 0, blockParams, depths),"inverse":container.noop,"args":["change"],"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":53,"column":11}}}) || fn;
  var decorator = lookupProperty(decorators,"inline");
  if (typeof decorator !== "function") { throw new Error("Missing decorator: \"inline\""); }
  fn = decorator(fn,props,container,{"name":"inline","hash":{},"fn":container.program(35, data, 0, blockParams, depths),"inverse":container.noop,"args":["section"],"data":data,"loc":{"start":{"line":54,"column":0},"end":{"line":61,"column":11}}}) || fn;
  var decorator = lookupProperty(decorators,"inline");
  if (typeof decorator !== "function") { throw new Error("Missing decorator: \"inline\""); }
  fn = decorator(fn,props,container,{"name":"inline","hash":{},"fn":container.program(38, data, 0, blockParams, depths),"inverse":container.noop,"args":["blocks"],"data":data,"loc":{"start":{"line":62,"column":0},"end":{"line":67,"column":11}}}) || fn;
  var decorator = lookupProperty(decorators,"inline");
  if (typeof decorator !== "function") { throw new Error("Missing decorator: \"inline\""); }
  fn = decorator(fn,props,container,{"name":"inline","hash":{},"fn":container.program(45, data, 0, blockParams, depths),"inverse":container.noop,"args":["document"],"data":data,"loc":{"start":{"line":68,"column":0},"end":{"line":76,"column":11}}}) || fn;
  return fn;
  }

,"useDecorators":true,"usePartial":true,"useData":true,"useDepths":true}},
  "md/report.md.hbs": {key: "ee0a9b29df75e5305a8e9c3f80228041ca6a7068ffb5406dbfc11c6965f3dfd8", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"t"), "regulation", {"start":{"line":8,"column":22},"end":{"line":8,"column":34}} ), depth0)) != null ? stack1 : "")
    + ":** "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":8,"column":42},"end":{"line":8,"column":44}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"regulation"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":40},"end":{"line":8,"column":57}}})) != null ? stack1 : "")
    + "  \n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"t"), "ministry", {"start":{"line":10,"column":20},"end":{"line":10,"column":30}} ), depth0)) != null ? stack1 : "")
    + ":** "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":10,"column":38},"end":{"line":10,"column":40}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"ministry"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":10,"column":36},"end":{"line":10,"column":51}}})) != null ? stack1 : "")
    + "  \n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":12,"column":19},"end":{"line":12,"column":21}} )).call(alias2,lookupProperty(depth0,"label"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":12,"column":17},"end":{"line":12,"column":29}}})) != null ? stack1 : "")
    + ":** "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":12,"column":35},"end":{"line":12,"column":37}} )).call(alias2,lookupProperty(depth0,"value"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":12,"column":33},"end":{"line":12,"column":45}}})) != null ? stack1 : "")
    + "  \n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (((helper = lookupProperty(helpers,"roleLabel") || alias1(depth0, "roleLabel", {"start":{"line":22,"column":4},"end":{"line":22,"column":13}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"roleLabel","hash":{},"data":data,"loc":{"start":{"line":22,"column":2},"end":{"line":22,"column":15}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"mdCode")||alias1(depth0, "mdCode", {"start":{"line":22,"column":20},"end":{"line":22,"column":26}} )).call(alias2,lookupProperty(depth0,"path"),{"name":"mdCode","hash":{},"data":data,"loc":{"start":{"line":22,"column":18},"end":{"line":22,"column":33}}})) != null ? stack1 : "")
    + " | **"
    + ((stack1 = (((helper = lookupProperty(helpers,"statusLabel") || alias1(depth0, "statusLabel", {"start":{"line":22,"column":40},"end":{"line":22,"column":51}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"statusLabel","hash":{},"data":data,"loc":{"start":{"line":22,"column":38},"end":{"line":22,"column":53}}}) : helper))) != null ? stack1 : "")
    + "** | "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":22,"column":60},"end":{"line":22,"column":62}} )).call(alias2,lookupProperty(depth0,"source"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":22,"column":58},"end":{"line":22,"column":71}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"remarks"),"length"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":22,"column":74},"end":{"line":22,"column":196}}})) != null ? stack1 : "")
    + " |\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"remarks"),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":96},"end":{"line":22,"column":165}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||container.strict(depth0, "md", {"start":{"line":22,"column":115},"end":{"line":22,"column":117}} )).call(alias1,depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":22,"column":113},"end":{"line":22,"column":124}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":124},"end":{"line":22,"column":156}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    return "<br>";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "none", {"start":{"line":22,"column":175},"end":{"line":22,"column":187}} ), depth0)) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":32,"column":4},"end":{"line":32,"column":9}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":32,"column":2},"end":{"line":32,"column":11}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = (((helper = lookupProperty(helpers,"count") || alias1(depth0, "count", {"start":{"line":32,"column":16},"end":{"line":32,"column":21}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":32,"column":14},"end":{"line":32,"column":23}}}) : helper))) != null ? stack1 : "")
    + " |\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1;

  return ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n_"
    + ((stack1 = (((helper = lookupProperty(helpers,"omittedRows") || alias1(depth0, "omittedRows", {"start":{"line":56,"column":3},"end":{"line":56,"column":14}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"omittedRows","hash":{},"data":data,"loc":{"start":{"line":56,"column":1},"end":{"line":56,"column":16}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"t"), "omittedRows", {"start":{"line":56,"column":19},"end":{"line":56,"column":32}} ), depth0)) != null ? stack1 : "")
    + "_\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"findingLines"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":62,"column":0},"end":{"line":64,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"omittedFindings"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":65,"column":0},"end":{"line":68,"column":7}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n_"
    + ((stack1 = (((helper = lookupProperty(helpers,"omittedFindings") || alias1(depth0, "omittedFindings", {"start":{"line":67,"column":3},"end":{"line":67,"column":18}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"omittedFindings","hash":{},"data":data,"loc":{"start":{"line":67,"column":1},"end":{"line":67,"column":20}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"t"), "omittedFindings", {"start":{"line":67,"column":23},"end":{"line":67,"column":40}} ), depth0)) != null ? stack1 : "")
    + "_\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(container.strict(lookupProperty(depth0,"t"), "noFindings", {"start":{"line":70,"column":2},"end":{"line":70,"column":14}} ), depth0)) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "_"
    + ((stack1 = (((helper = lookupProperty(helpers,"omittedDetails") || alias1(depth0, "omittedDetails", {"start":{"line":79,"column":3},"end":{"line":79,"column":17}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"omittedDetails","hash":{},"data":data,"loc":{"start":{"line":79,"column":1},"end":{"line":79,"column":19}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = container.lambda(alias1(lookupProperty(depth0,"t"), "omittedDetails", {"start":{"line":79,"column":22},"end":{"line":79,"column":38}} ), depth0)) != null ? stack1 : "")
    + "_\n\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "reportTitle", {"start":{"line":6,"column":4},"end":{"line":6,"column":17}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":6,"column":23},"end":{"line":6,"column":25}} )).call(alias3,lookupProperty(depth0,"title"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":6,"column":21},"end":{"line":6,"column":33}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"regulation"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"ministry"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"dates"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "")
    + "**"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "form", {"start":{"line":14,"column":4},"end":{"line":14,"column":10}} ), depth0)) != null ? stack1 : "")
    + ":** "
    + ((stack1 = (((helper = lookupProperty(helpers,"formLabel") || alias1(depth0, "formLabel", {"start":{"line":14,"column":18},"end":{"line":14,"column":27}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"formLabel","hash":{},"data":data,"loc":{"start":{"line":14,"column":16},"end":{"line":14,"column":29}}}) : helper))) != null ? stack1 : "")
    + "  \n**"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "formReason", {"start":{"line":15,"column":4},"end":{"line":15,"column":16}} ), depth0)) != null ? stack1 : "")
    + ":** "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":15,"column":24},"end":{"line":15,"column":26}} )).call(alias3,lookupProperty(depth0,"formReason"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":15,"column":22},"end":{"line":15,"column":39}}})) != null ? stack1 : "")
    + "\n\n## "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "provenance", {"start":{"line":17,"column":5},"end":{"line":17,"column":17}} ), depth0)) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "sourceRole", {"start":{"line":19,"column":4},"end":{"line":19,"column":16}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "sourceFile", {"start":{"line":19,"column":23},"end":{"line":19,"column":35}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "sourceStatus", {"start":{"line":19,"column":42},"end":{"line":19,"column":56}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "sourceOrigin", {"start":{"line":19,"column":63},"end":{"line":19,"column":77}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "sourceRemarks", {"start":{"line":19,"column":84},"end":{"line":19,"column":99}} ), depth0)) != null ? stack1 : "")
    + " |\n|---|---|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"sources"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":9}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "summary", {"start":{"line":25,"column":5},"end":{"line":25,"column":14}} ), depth0)) != null ? stack1 : "")
    + "\n\n**"
    + ((stack1 = (((helper = lookupProperty(helpers,"total") || alias1(depth0, "total", {"start":{"line":27,"column":4},"end":{"line":27,"column":9}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"total","hash":{},"data":data,"loc":{"start":{"line":27,"column":2},"end":{"line":27,"column":11}}}) : helper))) != null ? stack1 : "")
    + "** "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "changesTotal", {"start":{"line":27,"column":16},"end":{"line":27,"column":30}} ), depth0)) != null ? stack1 : "")
    + ".\n\n| "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "byKind", {"start":{"line":29,"column":4},"end":{"line":29,"column":12}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "count", {"start":{"line":29,"column":19},"end":{"line":29,"column":26}} ), depth0)) != null ? stack1 : "")
    + " |\n|---|---:|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"byKind"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":33,"column":9}}})) != null ? stack1 : "")
    + "\n| "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "byEffect", {"start":{"line":35,"column":4},"end":{"line":35,"column":14}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "count", {"start":{"line":35,"column":21},"end":{"line":35,"column":28}} ), depth0)) != null ? stack1 : "")
    + " |\n|---|---:|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"byEffect"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":0},"end":{"line":39,"column":9}}})) != null ? stack1 : "")
    + "\n| "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "bySeverity", {"start":{"line":41,"column":4},"end":{"line":41,"column":16}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "count", {"start":{"line":41,"column":23},"end":{"line":41,"column":30}} ), depth0)) != null ? stack1 : "")
    + " |\n|---|---:|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"bySeverity"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":0},"end":{"line":45,"column":9}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "changeList", {"start":{"line":47,"column":5},"end":{"line":47,"column":17}} ), depth0)) != null ? stack1 : "")
    + "\n\n| "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "colNumber", {"start":{"line":49,"column":4},"end":{"line":49,"column":15}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "colWhere", {"start":{"line":49,"column":22},"end":{"line":49,"column":32}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "colKind", {"start":{"line":49,"column":39},"end":{"line":49,"column":48}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "colEffect", {"start":{"line":49,"column":55},"end":{"line":49,"column":66}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "colReasons", {"start":{"line":49,"column":73},"end":{"line":49,"column":85}} ), depth0)) != null ? stack1 : "")
    + " | "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "colFindings", {"start":{"line":49,"column":92},"end":{"line":49,"column":105}} ), depth0)) != null ? stack1 : "")
    + " |\n|---|---|---|---|---|---|\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"changeRows"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":0},"end":{"line":53,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"omittedRows"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":54,"column":0},"end":{"line":57,"column":7}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "findings", {"start":{"line":59,"column":5},"end":{"line":59,"column":15}} ), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(lookupProperty(depth0,"findings"),"length"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":61,"column":0},"end":{"line":71,"column":7}}})) != null ? stack1 : "")
    + "\n## "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "navChanges", {"start":{"line":73,"column":5},"end":{"line":73,"column":17}} ), depth0)) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias3,lookupProperty(depth0,"changeDetails"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":75,"column":0},"end":{"line":77,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias3,lookupProperty(depth0,"omittedDetails"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":78,"column":0},"end":{"line":81,"column":7}}})) != null ? stack1 : "")
    + "---\n\n"
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "generatedBy", {"start":{"line":84,"column":2},"end":{"line":84,"column":15}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":84,"column":20},"end":{"line":84,"column":22}} )).call(alias3,lookupProperty(depth0,"tool"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":84,"column":18},"end":{"line":84,"column":29}}})) != null ? stack1 : "")
    + " · "
    + ((stack1 = alias2(alias1(lookupProperty(depth0,"t"), "schema", {"start":{"line":84,"column":34},"end":{"line":84,"column":42}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"schemaVersion") || alias1(depth0, "schemaVersion", {"start":{"line":84,"column":47},"end":{"line":84,"column":60}} ))),(typeof helper === alias4 ? helper.call(alias3,{"name":"schemaVersion","hash":{},"data":data,"loc":{"start":{"line":84,"column":45},"end":{"line":84,"column":62}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"useData":true}},
  "md/row.md.hbs": {key: "cc674bba48872880191a098b86f52daf25491de918cbb98a2d8e1390fc00df26", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||container.strict(depth0, "md", {"start":{"line":2,"column":67},"end":{"line":2,"column":69}} )).call(alias1,depth0,{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":65},"end":{"line":2,"column":76}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":76},"end":{"line":2,"column":108}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    return "<br>";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = (((helper = lookupProperty(helpers,"reasons") || container.strict(depth0, "reasons", {"start":{"line":2,"column":146},"end":{"line":2,"column":153}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"reasons","hash":{},"data":data,"loc":{"start":{"line":2,"column":144},"end":{"line":2,"column":155}}}) : helper))) != null ? stack1 : "")
    + "**";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"reasons") || container.strict(depth0, "reasons", {"start":{"line":2,"column":167},"end":{"line":2,"column":174}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"reasons","hash":{},"data":data,"loc":{"start":{"line":2,"column":165},"end":{"line":2,"column":176}}}) : helper))) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (((helper = lookupProperty(helpers,"findings") || container.strict(depth0, "findings", {"start":{"line":2,"column":204},"end":{"line":2,"column":212}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"findings","hash":{},"data":data,"loc":{"start":{"line":2,"column":202},"end":{"line":2,"column":214}}}) : helper))) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    return "–";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "| "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":2,"column":4},"end":{"line":2,"column":6}} )).call(alias2,lookupProperty(depth0,"id"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":2},"end":{"line":2,"column":11}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":2,"column":16},"end":{"line":2,"column":18}} )).call(alias2,lookupProperty(depth0,"citation"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":14},"end":{"line":2,"column":29}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = (((helper = lookupProperty(helpers,"kindLabel") || alias1(depth0, "kindLabel", {"start":{"line":2,"column":34},"end":{"line":2,"column":43}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"kindLabel","hash":{},"data":data,"loc":{"start":{"line":2,"column":32},"end":{"line":2,"column":45}}}) : helper))) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"effects"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":48},"end":{"line":2,"column":117}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"reasonsMissing"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":2,"column":120},"end":{"line":2,"column":183}}})) != null ? stack1 : "")
    + " | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"findings"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":2,"column":186},"end":{"line":2,"column":230}}})) != null ? stack1 : "")
    + " |\n";
},"useData":true}},
  "md/finding.md.hbs": {key: "ee2319e22b7d0fb26509eafb2814a55bae2f4278460da1dd0942f5112b54ab76", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"changes"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":85},"end":{"line":2,"column":153}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"md")||container.strict(depth0, "md", {"start":{"line":2,"column":104},"end":{"line":2,"column":106}} )).call(alias1,lookupProperty(depth0,"label"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":102},"end":{"line":2,"column":114}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"unless").call(alias1,lookupProperty(data,"last"),{"name":"unless","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":114},"end":{"line":2,"column":144}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return ", ";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = (lookupProperty(helpers,"mdCode")||container.strict(depth0, "mdCode", {"start":{"line":2,"column":193},"end":{"line":2,"column":199}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"place"),{"name":"mdCode","hash":{},"data":data,"loc":{"start":{"line":2,"column":191},"end":{"line":2,"column":207}}})) != null ? stack1 : "")
    + ")";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = (((helper = lookupProperty(helpers,"severityLabel") || alias1(depth0, "severityLabel", {"start":{"line":2,"column":6},"end":{"line":2,"column":19}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"severityLabel","hash":{},"data":data,"loc":{"start":{"line":2,"column":4},"end":{"line":2,"column":21}}}) : helper))) != null ? stack1 : "")
    + "** · "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":2,"column":28},"end":{"line":2,"column":30}} )).call(alias2,lookupProperty(depth0,"codeLabel"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":26},"end":{"line":2,"column":42}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = (lookupProperty(helpers,"mdCode")||alias1(depth0, "mdCode", {"start":{"line":2,"column":46},"end":{"line":2,"column":52}} )).call(alias2,lookupProperty(depth0,"code"),{"name":"mdCode","hash":{},"data":data,"loc":{"start":{"line":2,"column":44},"end":{"line":2,"column":59}}})) != null ? stack1 : "")
    + ")"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"changes"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":60},"end":{"line":2,"column":160}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":2,"column":164},"end":{"line":2,"column":166}} )).call(alias2,lookupProperty(depth0,"message"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":2,"column":162},"end":{"line":2,"column":176}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"place"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":176},"end":{"line":2,"column":215}}})) != null ? stack1 : "")
    + "\n";
},"useData":true}},
  "md/details.md.hbs": {key: "148cbdf9f4593e02a14f762d57e8fbf2d8cdf69a5973d4093cd91b1084be56ae", spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"effects"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":8,"column":6},"end":{"line":8,"column":8}} )).call(alias2,lookupProperty(depth0,"detail"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":8,"column":4},"end":{"line":8,"column":17}}})) != null ? stack1 : "")
    + "** _("
    + ((stack1 = (((helper = lookupProperty(helpers,"typeLabel") || alias1(depth0, "typeLabel", {"start":{"line":8,"column":24},"end":{"line":8,"column":33}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"typeLabel","hash":{},"data":data,"loc":{"start":{"line":8,"column":22},"end":{"line":8,"column":35}}}) : helper))) != null ? stack1 : "")
    + ")_\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- _"
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "noEffect", {"start":{"line":11,"column":5},"end":{"line":11,"column":21}} ), depth0)) != null ? stack1 : "")
    + "_\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "moveFrom", {"start":{"line":14,"column":4},"end":{"line":14,"column":20}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":14,"column":25},"end":{"line":14,"column":27}} )).call(alias3,lookupProperty(lookupProperty(depth0,"move"),"from"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":23},"end":{"line":14,"column":39}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "moveTo", {"start":{"line":14,"column":42},"end":{"line":14,"column":56}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":14,"column":61},"end":{"line":14,"column":63}} )).call(alias3,lookupProperty(lookupProperty(depth0,"move"),"to"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":14,"column":59},"end":{"line":14,"column":73}}})) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "relettered", {"start":{"line":17,"column":4},"end":{"line":17,"column":22}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":17,"column":28},"end":{"line":17,"column":30}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"relabel"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":17,"column":26},"end":{"line":17,"column":40}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "declared", {"start":{"line":20,"column":4},"end":{"line":20,"column":20}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = (((helper = lookupProperty(helpers,"declared") || alias1(depth0, "declared", {"start":{"line":20,"column":26},"end":{"line":20,"column":34}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"declared","hash":{},"data":data,"loc":{"start":{"line":20,"column":24},"end":{"line":20,"column":36}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "instruction", {"start":{"line":23,"column":4},"end":{"line":23,"column":23}} ), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":23,"column":29},"end":{"line":23,"column":31}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"instruction"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":23,"column":27},"end":{"line":23,"column":45}}})) != null ? stack1 : "")
    + "\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "before", {"start":{"line":27,"column":4},"end":{"line":27,"column":18}} ), depth0)) != null ? stack1 : "")
    + "** ("
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":27,"column":26},"end":{"line":27,"column":28}} )).call(alias2,lookupProperty(depth0,"currentCitation"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":27,"column":24},"end":{"line":27,"column":46}}})) != null ? stack1 : "")
    + "):\n\n> "
    + ((stack1 = (lookupProperty(helpers,"mdLine")||alias1(depth0, "mdLine", {"start":{"line":29,"column":4},"end":{"line":29,"column":10}} )).call(alias2,lookupProperty(depth0,"currentText"),{"name":"mdLine","hash":{},"data":data,"loc":{"start":{"line":29,"column":2},"end":{"line":29,"column":24}}})) != null ? stack1 : "")
    + "\n\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "after", {"start":{"line":33,"column":4},"end":{"line":33,"column":17}} ), depth0)) != null ? stack1 : "")
    + "** ("
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":33,"column":25},"end":{"line":33,"column":27}} )).call(alias2,lookupProperty(depth0,"proposedCitation"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":33,"column":23},"end":{"line":33,"column":46}}})) != null ? stack1 : "")
    + "):\n\n> "
    + ((stack1 = (lookupProperty(helpers,"mdLine")||alias1(depth0, "mdLine", {"start":{"line":35,"column":4},"end":{"line":35,"column":10}} )).call(alias2,lookupProperty(depth0,"proposedText"),{"name":"mdLine","hash":{},"data":data,"loc":{"start":{"line":35,"column":2},"end":{"line":35,"column":25}}})) != null ? stack1 : "")
    + "\n\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"currentText"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":20},"end":{"line":41,"column":14}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"proposedText"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":39},"end":{"line":41,"column":7}}})) != null ? stack1 : "");
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n**"
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "wordDiff", {"start":{"line":39,"column":4},"end":{"line":39,"column":20}} ), depth0)) != null ? stack1 : "")
    + ":** "
    + ((stack1 = (lookupProperty(helpers,"mdWords")||alias1(depth0, "mdWords", {"start":{"line":39,"column":28},"end":{"line":39,"column":35}} )).call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"words"),{"name":"mdWords","hash":{},"data":data,"loc":{"start":{"line":39,"column":26},"end":{"line":39,"column":43}}})) != null ? stack1 : "")
    + "\n\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " _"
    + ((stack1 = container.lambda(container.strict(lookupProperty(data,"root"), "noReasons", {"start":{"line":42,"column":54},"end":{"line":42,"column":69}} ), depth0)) != null ? stack1 : "")
    + "_";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.lambda, alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> "
    + ((stack1 = (lookupProperty(helpers,"mdLine")||alias1(depth0, "mdLine", {"start":{"line":45,"column":4},"end":{"line":45,"column":10}} )).call(alias2,lookupProperty(depth0,"excerpt"),{"name":"mdLine","hash":{},"data":data,"loc":{"start":{"line":45,"column":2},"end":{"line":45,"column":20}}})) != null ? stack1 : "")
    + "\n>\n> — "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":47,"column":6},"end":{"line":47,"column":8}} )).call(alias2,lookupProperty(depth0,"documentLabel"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":47,"column":4},"end":{"line":47,"column":24}}})) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":47,"column":27},"end":{"line":47,"column":29}} )).call(alias2,lookupProperty(depth0,"where"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":47,"column":25},"end":{"line":47,"column":37}}})) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias3(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "method", {"start":{"line":47,"column":41},"end":{"line":47,"column":55}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"methodLabel") || alias1(depth0, "methodLabel", {"start":{"line":47,"column":60},"end":{"line":47,"column":71}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"methodLabel","hash":{},"data":data,"loc":{"start":{"line":47,"column":58},"end":{"line":47,"column":73}}}) : helper))) != null ? stack1 : "")
    + ", "
    + ((stack1 = alias3(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "score", {"start":{"line":47,"column":77},"end":{"line":47,"column":90}} ), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (((helper = lookupProperty(helpers,"score") || alias1(depth0, "score", {"start":{"line":47,"column":95},"end":{"line":47,"column":100}} ))),(typeof helper === alias4 ? helper.call(alias2,{"name":"score","hash":{},"data":data,"loc":{"start":{"line":47,"column":93},"end":{"line":47,"column":102}}}) : helper))) != null ? stack1 : "")
    + ")\n\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "**"
    + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(data,"root"),"t"), "changeFindings", {"start":{"line":51,"column":4},"end":{"line":51,"column":26}} ), depth0)) != null ? stack1 : "")
    + ":**\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"findings"),{"name":"each","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":53,"column":0},"end":{"line":55,"column":9}}})) != null ? stack1 : "")
    + "\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- **"
    + ((stack1 = (((helper = lookupProperty(helpers,"severityLabel") || alias1(depth0, "severityLabel", {"start":{"line":54,"column":6},"end":{"line":54,"column":19}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"severityLabel","hash":{},"data":data,"loc":{"start":{"line":54,"column":4},"end":{"line":54,"column":21}}}) : helper))) != null ? stack1 : "")
    + "** · "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":54,"column":28},"end":{"line":54,"column":30}} )).call(alias2,lookupProperty(depth0,"codeLabel"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":54,"column":26},"end":{"line":54,"column":42}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"md")||alias1(depth0, "md", {"start":{"line":54,"column":46},"end":{"line":54,"column":48}} )).call(alias2,lookupProperty(depth0,"message"),{"name":"md","hash":{},"data":data,"loc":{"start":{"line":54,"column":44},"end":{"line":54,"column":58}}})) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<details>\n<summary>"
    + ((stack1 = (lookupProperty(helpers,"mdHtml")||alias1(depth0, "mdHtml", {"start":{"line":4,"column":11},"end":{"line":4,"column":17}} )).call(alias2,lookupProperty(depth0,"id"),{"name":"mdHtml","hash":{},"data":data,"loc":{"start":{"line":4,"column":9},"end":{"line":4,"column":22}}})) != null ? stack1 : "")
    + " · "
    + ((stack1 = (((helper = lookupProperty(helpers,"kindLabel") || alias1(depth0, "kindLabel", {"start":{"line":4,"column":27},"end":{"line":4,"column":36}} ))),(typeof helper === "function" ? helper.call(alias2,{"name":"kindLabel","hash":{},"data":data,"loc":{"start":{"line":4,"column":25},"end":{"line":4,"column":38}}}) : helper))) != null ? stack1 : "")
    + " · "
    + ((stack1 = (lookupProperty(helpers,"mdHtml")||alias1(depth0, "mdHtml", {"start":{"line":4,"column":43},"end":{"line":4,"column":49}} )).call(alias2,lookupProperty(depth0,"citation"),{"name":"mdHtml","hash":{},"data":data,"loc":{"start":{"line":4,"column":41},"end":{"line":4,"column":60}}})) != null ? stack1 : "")
    + "</summary>\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"effects"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"move"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"relabel"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"declared"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"instruction"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":24,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"currentText"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"proposedText"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":0},"end":{"line":37,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"words"),"length"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":38,"column":0},"end":{"line":41,"column":21}}})) != null ? stack1 : "")
    + "\n**"
    + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data,"root"),"t"), "reasons", {"start":{"line":42,"column":4},"end":{"line":42,"column":19}} ), depth0)) != null ? stack1 : "")
    + ":**"
    + ((stack1 = lookupProperty(helpers,"unless").call(alias2,lookupProperty(lookupProperty(depth0,"reasons"),"length"),{"name":"unless","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":42,"column":24},"end":{"line":42,"column":83}}})) != null ? stack1 : "")
    + "\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"reasons"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":49,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"findings"),"length"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":50,"column":0},"end":{"line":57,"column":7}}})) != null ? stack1 : "")
    + "</details>\n\n";
},"useData":true}}
}
